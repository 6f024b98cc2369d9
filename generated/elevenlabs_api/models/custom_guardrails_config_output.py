from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CustomGuardrailsConfigOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CustomGuardrailsConfigOutput(Lazy):
    """Config container for custom guardrails list

    Attributes:
        configs (list[CustomGuardrailConfig] | Unset):
    """

    configs: list[CustomGuardrailConfig] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        custom_guardrails_config_output = cls.__new__(cls)
        custom_guardrails_config_output.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_configs(cls: type[CustomGuardrailsConfigOutput], d: Mapping[str, Any]) -> Any:
    configs_raw = d.get("configs", UNSET)
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

    return configs


_FIELDS: frozenset[str] = frozenset(("configs",))


def _read_additional_properties(cls: type[CustomGuardrailsConfigOutput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[CustomGuardrailsConfigOutput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "configs" in known:
        configs = known["configs"]
    else:
        configs = d.get("configs", UNSET)
        if configs is not UNSET:
            configs = _read_configs(cls, d)

    return {
        "configs": configs,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    CustomGuardrailsConfigOutput,
    _all_fields,
    {
        "configs": _read_configs,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.custom_guardrail_config import CustomGuardrailConfig
