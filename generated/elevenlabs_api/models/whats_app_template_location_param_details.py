from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        field_dict["latitude"] = latitude
        field_dict["longitude"] = longitude
        field_dict["name"] = name
        field_dict["address"] = address
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        latitude = d.pop("latitude")

        longitude = d.pop("longitude")

        name = d.pop("name")

        address = d.pop("address")

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
