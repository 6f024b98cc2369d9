from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class WhatsAppTemplateLocationParamDetails(Lazy, AdditionalProperties[Any]):
    latitude: str

    longitude: str

    name: str

    address: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("latitude", "latitude", STR, required=True),
        Field("longitude", "longitude", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("address", "address", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
