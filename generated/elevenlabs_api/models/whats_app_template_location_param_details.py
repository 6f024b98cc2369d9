from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WhatsAppTemplateLocationParamDetails")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WhatsAppTemplateLocationParamDetails(Lazy):
    """Attributes:
    latitude (str):
    longitude (str):
    name (str):
    address (str):
    """

    latitude: str

    longitude: str

    name: str

    address: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "latitude",
        "longitude",
        "name",
        "address",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        latitude = self.latitude

        longitude = self.longitude

        name = self.name

        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if latitude is not None or "latitude" not in self._missing_fields:
            field_dict["latitude"] = latitude
        if longitude is not None or "longitude" not in self._missing_fields:
            field_dict["longitude"] = longitude
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if address is not None or "address" not in self._missing_fields:
            field_dict["address"] = address
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        whats_app_template_location_param_details = cls.__new__(cls)
        whats_app_template_location_param_details.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return whats_app_template_location_param_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_read_latitude = plain_reader("latitude", (str,), "a string", True)

_read_longitude = plain_reader("longitude", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_address = plain_reader("address", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "latitude",
        "longitude",
        "name",
        "address",
    )
)


def _read_additional_properties(
    cls: type[WhatsAppTemplateLocationParamDetails], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WhatsAppTemplateLocationParamDetails], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    latitude = d.get("latitude", MISSING)
    if latitude.__class__ is not str:
        latitude = _read_latitude(cls, d)

    longitude = d.get("longitude", MISSING)
    if longitude.__class__ is not str:
        longitude = _read_longitude(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    address = d.get("address", MISSING)
    if address.__class__ is not str:
        address = _read_address(cls, d)

    return {
        "latitude": latitude,
        "longitude": longitude,
        "name": name,
        "address": address,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WhatsAppTemplateLocationParamDetails,
    _all_fields,
    {
        "latitude": _read_latitude,
        "longitude": _read_longitude,
        "name": _read_name,
        "address": _read_address,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
