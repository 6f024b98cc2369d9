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

T = TypeVar("T", bound="CustomGuardrailOutput")


@_attrs_define
class CustomGuardrailOutput:
    """Container for custom guardrails, matching ModerationGuardrail pattern

    Attributes:
        config (CustomGuardrailsConfigOutput | Unset): Config container for custom guardrails list
    """

    config: CustomGuardrailsConfigOutput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: Any
        try:
            config = UNSET
            if not isinstance(self.config, Unset):
                config = self.config.to_dict()
        except (AttributeError, TypeError):
            config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if config is not UNSET:
            field_dict["config"] = config
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        config_raw = d.pop("config", UNSET)
        try:
            _config = config_raw
            config: CustomGuardrailsConfigOutput | Unset
            if isinstance(_config, Unset):
                config = UNSET
            else:
                config = CustomGuardrailsConfigOutput.from_dict(_config)
        except (KeyError, TypeError, ValueError, AttributeError):
            config = deviating_field(cls, "config", config_raw)

        custom_guardrail_output = cls(
            config=config,
        )
        custom_guardrail_output.additional_properties = d
        return custom_guardrail_output

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
from ..models.custom_guardrails_config_output import CustomGuardrailsConfigOutput
