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
    literal,
    union,
)
from ..models._literals import ReferencedToolCommonModelTypeType0


@_attrs_define(slots=False)
class ReferencedToolCommonModel(Lazy, AdditionalProperties[Any]):
    """Reference to a tool for unit test evaluation.

    Attributes:
        id: The ID of the tool
        type_: The type of the tool
    """

    id: str

    type_: ReferencedToolCommonModelTypeType0 | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("type_", "type", union(literal("ReferencedToolCommonModelTypeType0"), STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
