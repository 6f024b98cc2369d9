from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)


@_attrs_define(slots=False)
class TransferBranchInfoDefaultingToMain(Lazy, AdditionalProperties[Any]):
    branch_reason: Literal["defaulting_to_main"] = _attrs_field(
        default="defaulting_to_main",
        kw_only=True,
        validator=types.tag("TransferBranchInfoDefaultingToMain", "branch_reason", "defaulting_to_main"),
    )

    branch_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("branch_reason", "branch_reason", const("defaulting_to_main"), required=True),
        Field("branch_id", "branch_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
