from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import ShareOptionResponseModelTypeType0
from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)


@_attrs_define(slots=False)
class ShareOptionResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name: The name of the principal.
    id: The ID of the principal.
    type_: The type of the principal: user, group, or service account (under 'key').
    """

    name: str

    id: str

    type_: ShareOptionResponseModelTypeType0 | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("id", "id", STR, required=True),
        Field("type_", "type", union(literal("ShareOptionResponseModelTypeType0"), STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
