from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import GuardrailExecutionMode
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ContentGuardrailOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ContentGuardrailOutput(Lazy):
    """Attributes:
    execution_mode (GuardrailExecutionMode | str | Unset): Defaults to 'streaming' on the server.
    config (ContentConfig | Unset):
    trigger_action (EndCallTriggerAction | RetryTriggerAction | UnknownVariant | Unset):
    """

    execution_mode: GuardrailExecutionMode | str | Unset = UNSET

    config: ContentConfig | Unset = UNSET

    trigger_action: EndCallTriggerAction | RetryTriggerAction | UnknownVariant | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        execution_mode: Any
        try:
            if isinstance(self.execution_mode, Unset):
                execution_mode = UNSET
            elif isinstance(self.execution_mode, str):
                execution_mode = self.execution_mode
            else:
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

        trigger_action: Any
        try:
            if isinstance(self.trigger_action, Unset):
                trigger_action = UNSET
            elif (
                isinstance(self.trigger_action, EndCallTriggerAction)
                or isinstance(self.trigger_action, RetryTriggerAction)
                or isinstance(self.trigger_action, UnknownVariant)
            ):
                trigger_action = self.trigger_action.to_dict()
            else:
                trigger_action = self.trigger_action

        except (AttributeError, TypeError):
            trigger_action = self.trigger_action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if config is not UNSET:
            field_dict["config"] = config
        if trigger_action is not UNSET:
            field_dict["trigger_action"] = trigger_action
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        content_guardrail_output = cls.__new__(cls)
        content_guardrail_output.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return content_guardrail_output

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


_read_execution_mode = plain_reader("execution_mode", (str,), "a string", False)


def _read_config(cls: type[ContentGuardrailOutput], d: Mapping[str, Any]) -> Any:
    config_raw = d.get("config", UNSET)
    try:
        _config = config_raw
        config: ContentConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = ContentConfig.from_dict(_config)
    except (KeyError, TypeError, ValueError, AttributeError):
        config = deviating_field(cls, "config", config_raw)

    return config


def _read_trigger_action(cls: type[ContentGuardrailOutput], d: Mapping[str, Any]) -> Any:
    trigger_action_raw = d.get("trigger_action", UNSET)
    try:

        def _parse_trigger_action(data: object) -> EndCallTriggerAction | RetryTriggerAction | UnknownVariant | Unset:
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_trigger_action_member, data)

        def _parse_trigger_action_member(
            data: object,
        ) -> EndCallTriggerAction | RetryTriggerAction | UnknownVariant | Unset:
            if isinstance(data, dict):
                for known in (
                    EndCallTriggerAction,
                    RetryTriggerAction,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                trigger_action_type_0 = EndCallTriggerAction.from_dict(data)

                return trigger_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                trigger_action_type_1 = RetryTriggerAction.from_dict(data)

                return trigger_action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            trigger_action_type_2 = UnknownVariant.from_dict(data)

            return trigger_action_type_2

        trigger_action = _parse_trigger_action(trigger_action_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        trigger_action = deviating_field(cls, "trigger_action", trigger_action_raw)

    return trigger_action


_FIELDS: frozenset[str] = frozenset(
    (
        "execution_mode",
        "config",
        "trigger_action",
    )
)


def _read_additional_properties(cls: type[ContentGuardrailOutput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ContentGuardrailOutput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    execution_mode = d.get("execution_mode", UNSET)
    if execution_mode.__class__ is not str and execution_mode is not UNSET:
        execution_mode = _read_execution_mode(cls, d)

    if "config" in known:
        config = known["config"]
    else:
        config = d.get("config", UNSET)
        if config is not UNSET:
            config = _read_config(cls, d)

    if "trigger_action" in known:
        trigger_action = known["trigger_action"]
    else:
        trigger_action = d.get("trigger_action", UNSET)
        if trigger_action is not UNSET:
            trigger_action = _read_trigger_action(cls, d)

    return {
        "execution_mode": execution_mode,
        "config": config,
        "trigger_action": trigger_action,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ContentGuardrailOutput,
    _all_fields,
    {
        "execution_mode": _read_execution_mode,
        "config": _read_config,
        "trigger_action": _read_trigger_action,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.content_config import ContentConfig
from ..models.end_call_trigger_action import EndCallTriggerAction
from ..models.retry_trigger_action import RetryTriggerAction
from ..models.unknown_variant import UnknownVariant
