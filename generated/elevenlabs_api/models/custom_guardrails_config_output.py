from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    deviating_field,
    expect_array,
)

T = TypeVar("T", bound="CustomGuardrailsConfigOutput")


@_attrs_define
class CustomGuardrailsConfigOutput:
    """Config container for custom guardrails list

    Attributes:
        configs (list[CustomGuardrailConfig] | Unset):
    """

    configs: list[CustomGuardrailConfig] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configs: Any
        try:
            configs = UNSET
            if not isinstance(self.configs, Unset):
                configs = []
                for configs_item_data in self.configs:
                    configs_item = configs_item_data.to_dict()
                    configs.append(configs_item)

        except (AttributeError, TypeError):
            configs = self.configs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if configs is not UNSET:
            field_dict["configs"] = configs
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        configs_raw = d.pop("configs", UNSET)
        try:
            expect_array("configs", configs_raw)
            _configs = configs_raw
            configs: list[CustomGuardrailConfig] | Unset = UNSET
            if _configs is not UNSET:
                configs = []
                for configs_item_data in _configs:
                    configs_item = CustomGuardrailConfig.from_dict(configs_item_data)

                    configs.append(configs_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            configs = deviating_field(cls, "configs", configs_raw)

        custom_guardrails_config_output = cls(
            configs=configs,
        )
        custom_guardrails_config_output.additional_properties = d
        return custom_guardrails_config_output

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
from ..models.custom_guardrail_config import CustomGuardrailConfig
