from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyCreateAgentTestFolderV1ConvaiAgentTestingFoldersPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name: The name of the folder to create
    parent_folder_id: The ID of the parent folder. If not provided, the folder will be created at the root level.
    """

    name: str

    parent_folder_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("parent_folder_id", "parent_folder_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
