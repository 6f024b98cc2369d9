from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, missing_field

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

    def to_dict(self) -> dict[str, Any]:
        latitude = self.latitude

        longitude = self.longitude

        name = self.name

        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if latitude is not None:
            field_dict["latitude"] = latitude
        if longitude is not None:
            field_dict["longitude"] = longitude
        if name is not None:
            field_dict["name"] = name
        if address is not None:
            field_dict["address"] = address
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        latitude = d.pop("latitude", MISSING)
        if latitude is MISSING:
            latitude = missing_field(cls, "latitude")

        longitude = d.pop("longitude", MISSING)
        if longitude is MISSING:
            longitude = missing_field(cls, "longitude")

        name = d.pop("name", MISSING)
        if name is MISSING:
            name = missing_field(cls, "name")

        address = d.pop("address", MISSING)
        if address is MISSING:
            address = missing_field(cls, "address")

        whats_app_template_location_param_details = cls(
            latitude=latitude,
            longitude=longitude,
            name=name,
            address=address,
        )
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
