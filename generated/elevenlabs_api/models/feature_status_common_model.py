from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="FeatureStatusCommonModel")


@_attrs_define
class FeatureStatusCommonModel:
    """Attributes:
    enabled (bool | Unset):  Default: False.
    used (bool | Unset):  Default: False.
    """

    enabled: bool | Unset = False

    used: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        used = self.used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if used is not UNSET:
            field_dict["used"] = used
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)
        if enabled.__class__ is not bool and enabled is not UNSET:
            enabled = unexpected_type(cls, "enabled", enabled, "a boolean")

        used = d.pop("used", UNSET)
        if used.__class__ is not bool and used is not UNSET:
            used = unexpected_type(cls, "used", used, "a boolean")

        feature_status_common_model = cls(
            enabled=enabled,
            used=used,
        )
        feature_status_common_model.additional_properties = d
        return feature_status_common_model

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
