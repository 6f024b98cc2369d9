from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import GuardrailExecutionMode, check_guardrail_execution_mode
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ModerationGuardrailInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ModerationGuardrailInput(Lazy):
    """Attributes:
    execution_mode (GuardrailExecutionMode | Unset):
    config (ModerationConfig | Unset):
    """

    execution_mode: GuardrailExecutionMode | Unset = UNSET

    config: ModerationConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        execution_mode: Any
        try:
            execution_mode = UNSET
            if not isinstance(self.execution_mode, Unset):
                execution_mode = self.execution_mode

        except (AttributeError, TypeError):
            execution_mode = self.execution_mode

        config: Any
        try:
            config = UNSET
            if not isinstance(self.config, Unset):
                config = self.config.to_dict()
        except (AttributeError, TypeError):
            config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if config is not UNSET:
            field_dict["config"] = config
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        moderation_guardrail_input = cls.__new__(cls)
        moderation_guardrail_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return moderation_guardrail_input

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


def _read_execution_mode(cls: type[ModerationGuardrailInput], d: Mapping[str, Any]) -> Any:
    execution_mode_raw = d.get("execution_mode", UNSET)
    try:
        _execution_mode = execution_mode_raw
        execution_mode: GuardrailExecutionMode | Unset
        if isinstance(_execution_mode, Unset):
            execution_mode = UNSET
        else:
            execution_mode = check_guardrail_execution_mode(_execution_mode)
    except (KeyError, TypeError, ValueError, AttributeError):
        execution_mode = deviating_field(cls, "execution_mode", execution_mode_raw)

    return execution_mode


def _read_config(cls: type[ModerationGuardrailInput], d: Mapping[str, Any]) -> Any:
    config_raw = d.get("config", UNSET)
    try:
        _config = config_raw
        config: ModerationConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = ModerationConfig.from_dict(_config)
    except (KeyError, TypeError, ValueError, AttributeError):
        config = deviating_field(cls, "config", config_raw)

    return config


_FIELDS: frozenset[str] = frozenset(
    (
        "execution_mode",
        "config",
    )
)


def _read_additional_properties(cls: type[ModerationGuardrailInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ModerationGuardrailInput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "execution_mode" in known:
        execution_mode = known["execution_mode"]
    else:
        execution_mode = d.get("execution_mode", UNSET)
        if execution_mode is not UNSET:
            execution_mode = _read_execution_mode(cls, d)

    if "config" in known:
        config = known["config"]
    else:
        config = d.get("config", UNSET)
        if config is not UNSET:
            config = _read_config(cls, d)

    return {
        "execution_mode": execution_mode,
        "config": config,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ModerationGuardrailInput,
    _all_fields,
    {
        "execution_mode": _read_execution_mode,
        "config": _read_config,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.moderation_config import ModerationConfig
