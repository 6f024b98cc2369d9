from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="WhatsAppTemplateLocationParamDetails")


@_attrs_define
class WhatsAppTemplateLocationParamDetails:
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        latitude = d.pop("latitude", MISSING)
        if latitude.__class__ is not str:
            if latitude is MISSING:
                latitude = missing_field(cls, "latitude")
                _missing += ("latitude",)
            else:
                latitude = unexpected_type(cls, "latitude", latitude, "a string")

        longitude = d.pop("longitude", MISSING)
        if longitude.__class__ is not str:
            if longitude is MISSING:
                longitude = missing_field(cls, "longitude")
                _missing += ("longitude",)
            else:
                longitude = unexpected_type(cls, "longitude", longitude, "a string")

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        address = d.pop("address", MISSING)
        if address.__class__ is not str:
            if address is MISSING:
                address = missing_field(cls, "address")
                _missing += ("address",)
            else:
                address = unexpected_type(cls, "address", address, "a string")

        whats_app_template_location_param_details = cls(
            latitude=latitude,
            longitude=longitude,
            name=name,
            address=address,
        )
        if _missing:
            whats_app_template_location_param_details._missing_fields = _missing
        whats_app_template_location_param_details.additional_properties = d
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
