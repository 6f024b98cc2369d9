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

T = TypeVar("T", bound="AgentConfigOverrideInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentConfigOverrideInput(Lazy):
    """Example:
        {'first_message': 'Hello, how can I help you today?', 'language': 'en', 'prompt': {'knowledge_base': [], 'llm':
        'gemini-2.0-flash-001', 'prompt': 'You are a helpful assistant that can answer questions about the topic of the
        conversation.', 'tool_ids': []}}

    Attributes:
        first_message (None | str | Unset): If non-empty, the first message the agent will say. If empty, the agent
            waits for the user to start the discussion.
        language (None | str | Unset): Language of the agent - used for ASR and TTS
        max_conversation_duration_message (None | str | Unset): If non-empty, the message the agent will send when max
            conversation duration is reached.
        prompt (None | PromptAgentApiModelOverrideInput | Unset): The prompt for the agent
    """

    first_message: None | str | Unset = UNSET

    language: None | str | Unset = UNSET

    max_conversation_duration_message: None | str | Unset = UNSET

    prompt: None | PromptAgentApiModelOverrideInput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        first_message: Any
        try:
            first_message = self.first_message

        except (AttributeError, TypeError):
            first_message = self.first_message

        language: Any
        try:
            language = self.language

        except (AttributeError, TypeError):
            language = self.language

        max_conversation_duration_message: Any
        try:
            max_conversation_duration_message = self.max_conversation_duration_message

        except (AttributeError, TypeError):
            max_conversation_duration_message = self.max_conversation_duration_message

        prompt: Any
        try:
            if isinstance(self.prompt, Unset):
                prompt = UNSET
            elif isinstance(self.prompt, PromptAgentApiModelOverrideInput):
                prompt = self.prompt.to_dict()
            else:
                prompt = self.prompt

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
        agent_config_override_input = cls.__new__(cls)
        agent_config_override_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return agent_config_override_input

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


_read_first_message = plain_reader(
    "first_message",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_language = plain_reader(
    "language",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_max_conversation_duration_message = plain_reader(
    "max_conversation_duration_message",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_prompt(cls: type[AgentConfigOverrideInput], d: Mapping[str, Any]) -> Any:
    prompt_raw = d.get("prompt", UNSET)
    try:

        def _parse_prompt(data: object) -> None | PromptAgentApiModelOverrideInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            prompt_type_0 = PromptAgentApiModelOverrideInput.from_dict(data)

            return prompt_type_0

        prompt = _parse_prompt(prompt_raw)
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


def _read_additional_properties(cls: type[AgentConfigOverrideInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentConfigOverrideInput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    first_message = d.get("first_message", UNSET)
    if first_message.__class__ is not str and first_message is not None and first_message is not UNSET:
        first_message = _read_first_message(cls, d)

    language = d.get("language", UNSET)
    if language.__class__ is not str and language is not None and language is not UNSET:
        language = _read_language(cls, d)

    max_conversation_duration_message = d.get("max_conversation_duration_message", UNSET)
    if (
        max_conversation_duration_message.__class__ is not str
        and max_conversation_duration_message is not None
        and max_conversation_duration_message is not UNSET
    ):
        max_conversation_duration_message = _read_max_conversation_duration_message(cls, d)

    if "prompt" in known:
        prompt = known["prompt"]
    else:
        prompt = d.get("prompt", UNSET)
        if prompt is not UNSET and prompt is not None:
            prompt = _read_prompt(cls, d)

    return {
        "first_message": first_message,
        "language": language,
        "max_conversation_duration_message": max_conversation_duration_message,
        "prompt": prompt,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AgentConfigOverrideInput,
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
from ..models.prompt_agent_api_model_override_input import PromptAgentApiModelOverrideInput
