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
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentConfigOverrideConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentConfigOverrideConfig(Lazy):
    """Attributes:
    first_message (bool | Unset): Whether to allow overriding the first_message field. Defaults to False on the
        server.
    language (bool | Unset): Whether to allow overriding the language field. Defaults to False on the server.
    max_conversation_duration_message (bool | Unset): Whether to allow overriding the
        max_conversation_duration_message field. Defaults to False on the server.
    prompt (PromptAgentApiModelOverrideConfig | Unset):
    """

    first_message: bool | Unset = UNSET

    language: bool | Unset = UNSET

    max_conversation_duration_message: bool | Unset = UNSET

    prompt: PromptAgentApiModelOverrideConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        first_message = self.first_message

        language = self.language

        max_conversation_duration_message = self.max_conversation_duration_message

        prompt: Any
        try:
            prompt = UNSET
            if not isinstance(self.prompt, Unset):
                prompt = self.prompt.to_dict()
        except (AttributeError, TypeError):
            prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if first_message is not UNSET:
            field_dict["first_message"] = first_message
        if language is not UNSET:
            field_dict["language"] = language
        if max_conversation_duration_message is not UNSET:
            field_dict["max_conversation_duration_message"] = max_conversation_duration_message
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_config_override_config = cls.__new__(cls)
        agent_config_override_config.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return agent_config_override_config

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


_read_first_message = plain_reader("first_message", (bool,), "a boolean", False)

_read_language = plain_reader("language", (bool,), "a boolean", False)

_read_max_conversation_duration_message = plain_reader("max_conversation_duration_message", (bool,), "a boolean", False)


def _read_prompt(cls: type[AgentConfigOverrideConfig], d: Mapping[str, Any]) -> Any:
    prompt_raw = d.get("prompt", UNSET)
    try:
        _prompt = prompt_raw
        prompt: PromptAgentApiModelOverrideConfig | Unset
        if isinstance(_prompt, Unset):
            prompt = UNSET
        else:
            prompt = PromptAgentApiModelOverrideConfig.from_dict(_prompt)
    except (KeyError, TypeError, ValueError, AttributeError):
        prompt = deviating_field(cls, "prompt", prompt_raw)

    return prompt


_FIELDS: frozenset[str] = frozenset(
    (
        "first_message",
        "language",
        "max_conversation_duration_message",
        "prompt",
    )
)


def _read_additional_properties(cls: type[AgentConfigOverrideConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentConfigOverrideConfig], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    first_message = d.get("first_message", UNSET)
    if first_message.__class__ is not bool and first_message is not UNSET:
        first_message = _read_first_message(cls, d)

    language = d.get("language", UNSET)
    if language.__class__ is not bool and language is not UNSET:
        language = _read_language(cls, d)

    max_conversation_duration_message = d.get("max_conversation_duration_message", UNSET)
    if max_conversation_duration_message.__class__ is not bool and max_conversation_duration_message is not UNSET:
        max_conversation_duration_message = _read_max_conversation_duration_message(cls, d)

    if "prompt" in known:
        prompt = known["prompt"]
    else:
        prompt = d.get("prompt", UNSET)
        if prompt is not UNSET:
            prompt = _read_prompt(cls, d)

    return {
        "first_message": first_message,
        "language": language,
        "max_conversation_duration_message": max_conversation_duration_message,
        "prompt": prompt,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AgentConfigOverrideConfig,
    _all_fields,
    {
        "first_message": _read_first_message,
        "language": _read_language,
        "max_conversation_duration_message": _read_max_conversation_duration_message,
        "prompt": _read_prompt,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.prompt_agent_api_model_override_config import PromptAgentApiModelOverrideConfig
