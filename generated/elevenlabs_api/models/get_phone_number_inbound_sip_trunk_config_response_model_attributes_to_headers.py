from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetPhoneNumberInboundSIPTrunkConfigResponseModelAttributesToHeaders")


@_attrs_define
class GetPhoneNumberInboundSIPTrunkConfigResponseModelAttributesToHeaders:
    """Map of dynamic variable name to header name for attributes_to_headers"""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        get_phone_number_inbound_sip_trunk_config_response_model_attributes_to_headers = cls()
        get_phone_number_inbound_sip_trunk_config_response_model_attributes_to_headers.additional_properties = d
        return get_phone_number_inbound_sip_trunk_config_response_model_attributes_to_headers

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
