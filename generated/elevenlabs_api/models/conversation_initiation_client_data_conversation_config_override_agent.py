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

T = TypeVar("T", bound="ConversationInitiationClientDataConversationConfigOverrideAgent")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationInitiationClientDataConversationConfigOverrideAgent(Lazy):
    """Configuration for the AI agent's behavior

    Attributes:
        prompt (ConversationInitiationClientDataConversationConfigOverrideAgentPrompt | Unset): System prompt
            configuration
        first_message (str | Unset): Initial message the agent should use to start the conversation.
        language (str | Unset): Preferred language code for the conversation.
    """

    prompt: ConversationInitiationClientDataConversationConfigOverrideAgentPrompt | Unset = UNSET

    first_message: str | Unset = UNSET

    language: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        prompt: Any
        try:
            prompt = UNSET
            if not isinstance(self.prompt, Unset):
                prompt = self.prompt.to_dict()
        except (AttributeError, TypeError):
            prompt = self.prompt

        first_message = self.first_message

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if first_message is not UNSET:
            field_dict["first_message"] = first_message
        if language is not UNSET:
            field_dict["language"] = language
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_initiation_client_data_conversation_config_override_agent = cls.__new__(cls)
        conversation_initiation_client_data_conversation_config_override_agent.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_initiation_client_data_conversation_config_override_agent

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


def _read_prompt(
    cls: type[ConversationInitiationClientDataConversationConfigOverrideAgent], d: Mapping[str, Any]
) -> Any:
    prompt_raw = d.get("prompt", UNSET)
    try:
        _prompt = prompt_raw
        prompt: ConversationInitiationClientDataConversationConfigOverrideAgentPrompt | Unset
        if isinstance(_prompt, Unset):
            prompt = UNSET
        else:
            prompt = ConversationInitiationClientDataConversationConfigOverrideAgentPrompt.from_dict(_prompt)
    except (KeyError, TypeError, ValueError, AttributeError):
        prompt = deviating_field(cls, "prompt", prompt_raw)

    return prompt


_read_first_message = plain_reader("first_message", (str,), "a string", False)

_read_language = plain_reader("language", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "prompt",
        "first_message",
        "language",
    )
)


def _read_additional_properties(
    cls: type[ConversationInitiationClientDataConversationConfigOverrideAgent], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationInitiationClientDataConversationConfigOverrideAgent],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "prompt" in known:
        prompt = known["prompt"]
    else:
        prompt = d.get("prompt", UNSET)
        if prompt is not UNSET:
            prompt = _read_prompt(cls, d)

    first_message = d.get("first_message", UNSET)
    if first_message.__class__ is not str and first_message is not UNSET:
        first_message = _read_first_message(cls, d)

    language = d.get("language", UNSET)
    if language.__class__ is not str and language is not UNSET:
        language = _read_language(cls, d)

    return {
        "prompt": prompt,
        "first_message": first_message,
        "language": language,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConversationInitiationClientDataConversationConfigOverrideAgent,
    _all_fields,
    {
        "prompt": _read_prompt,
        "first_message": _read_first_message,
        "language": _read_language,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_initiation_client_data_conversation_config_override_agent_prompt import (
    ConversationInitiationClientDataConversationConfigOverrideAgentPrompt,
)
