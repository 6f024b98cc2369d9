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
from ..models._literals import TelephonyProvider


@_attrs_define(slots=False)
class DependentPhoneNumberIdentifier(Lazy, AdditionalProperties[Any]):
    phone_number_id: str

    phone_number: str

    label: str

    provider: str | TelephonyProvider

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("phone_number_id", "phone_number_id", STR, required=True),
        Field("phone_number", "phone_number", STR, required=True),
        Field("label", "label", STR, required=True),
        Field("provider", "provider", union(literal("TelephonyProvider"), STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
