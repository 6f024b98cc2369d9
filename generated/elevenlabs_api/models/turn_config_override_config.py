from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    deviating_field,
)

T = TypeVar("T", bound="TurnConfigOverrideConfig")


@_attrs_define
class TurnConfigOverrideConfig:
    """Attributes:
    soft_timeout_config (SoftTimeoutConfigOverrideConfig | Unset):
    """

    soft_timeout_config: SoftTimeoutConfigOverrideConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        soft_timeout_config: Any
        try:
            soft_timeout_config = UNSET
            if not isinstance(self.soft_timeout_config, Unset):
                soft_timeout_config = self.soft_timeout_config.to_dict()
        except (AttributeError, TypeError):
            soft_timeout_config = self.soft_timeout_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if soft_timeout_config is not UNSET:
            field_dict["soft_timeout_config"] = soft_timeout_config
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        soft_timeout_config_raw = d.pop("soft_timeout_config", UNSET)
        try:
            _soft_timeout_config = soft_timeout_config_raw
            soft_timeout_config: SoftTimeoutConfigOverrideConfig | Unset
            if isinstance(_soft_timeout_config, Unset):
                soft_timeout_config = UNSET
            else:
                soft_timeout_config = SoftTimeoutConfigOverrideConfig.from_dict(_soft_timeout_config)
        except (KeyError, TypeError, ValueError, AttributeError):
            soft_timeout_config = deviating_field(cls, "soft_timeout_config", soft_timeout_config_raw)

        turn_config_override_config = cls(
            soft_timeout_config=soft_timeout_config,
        )
        turn_config_override_config.additional_properties = d
        return turn_config_override_config

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.soft_timeout_config_override_config import SoftTimeoutConfigOverrideConfig
