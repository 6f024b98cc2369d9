from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class CreateAgentBranchResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    created_branch_id: ID of the created branch
    created_version_id: ID of the first version on the created branch
    """

    created_branch_id: str

    created_version_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("created_branch_id", "created_branch_id", STR, required=True),
        Field("created_version_id", "created_version_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
