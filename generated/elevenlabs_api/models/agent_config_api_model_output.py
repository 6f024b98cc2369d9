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

T = TypeVar("T", bound="AgentConfigApiModelOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentConfigApiModelOutput(Lazy):
    """Example:
        {'disable_first_message_interruptions': False, 'first_message': 'Hello, how can I help you today?', 'language':
        'en'}

    Attributes:
        first_message (str | Unset): If non-empty, the first message the agent will say. If empty, the agent waits for
            the user to start the discussion. Defaults to empty on the server.
        language (str | Unset): Language of the agent - used for ASR and TTS Defaults to 'en' on the server.
        hinglish_mode (bool | Unset): When enabled and language is Hindi, the agent will respond in Hinglish Defaults to
            False on the server.
        dynamic_variables (DynamicVariablesConfig | Unset):  Example: {'dynamic_variable_placeholders': {'user_name':
            'John Doe'}}.
        disable_first_message_interruptions (bool | Unset): If true, the user will not be able to interrupt the agent
            while the first message is being delivered. Defaults to False on the server.
        max_conversation_duration_message (str | Unset): If non-empty, the message the agent will send when max
            conversation duration is reached. Defaults to empty on the server.
        text_behavior_overrides (AgentConfigApiModelOutputTextBehaviorOverridesType0 | None | Unset): Per-channel
            response behavior overrides for text conversations. Built-in channel defaults apply when unset.
        prompt (PromptAgentApiModelOutput | Unset):  Example: {'knowledge_base': [], 'llm': 'gemini-2.0-flash-001',
            'max_tokens': -1, 'prompt': 'You are a helpful assistant that can answer questions about the topic of the
            conversation.', 'temperature': 0.0, 'tool_ids': [], 'tools': []}.
    """

    first_message: str | Unset = UNSET

    language: str | Unset = UNSET

    hinglish_mode: bool | Unset = UNSET

    dynamic_variables: DynamicVariablesConfig | Unset = UNSET

    disable_first_message_interruptions: bool | Unset = UNSET

    max_conversation_duration_message: str | Unset = UNSET

    text_behavior_overrides: AgentConfigApiModelOutputTextBehaviorOverridesType0 | None | Unset = UNSET

    prompt: PromptAgentApiModelOutput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        first_message = self.first_message

        language = self.language

        hinglish_mode = self.hinglish_mode

        dynamic_variables: Any
        try:
            dynamic_variables = UNSET
            if not isinstance(self.dynamic_variables, Unset):
                dynamic_variables = self.dynamic_variables.to_dict()
        except (AttributeError, TypeError):
            dynamic_variables = self.dynamic_variables

        disable_first_message_interruptions = self.disable_first_message_interruptions

        max_conversation_duration_message = self.max_conversation_duration_message

        text_behavior_overrides: Any
        try:
            if isinstance(self.text_behavior_overrides, Unset):
                text_behavior_overrides = UNSET
            elif isinstance(self.text_behavior_overrides, AgentConfigApiModelOutputTextBehaviorOverridesType0):
                text_behavior_overrides = self.text_behavior_overrides.to_dict()
            else:
                text_behavior_overrides = self.text_behavior_overrides

        except (AttributeError, TypeError):
            text_behavior_overrides = self.text_behavior_overrides

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
        if hinglish_mode is not UNSET:
            field_dict["hinglish_mode"] = hinglish_mode
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables
        if disable_first_message_interruptions is not UNSET:
            field_dict["disable_first_message_interruptions"] = disable_first_message_interruptions
        if max_conversation_duration_message is not UNSET:
            field_dict["max_conversation_duration_message"] = max_conversation_duration_message
        if text_behavior_overrides is not UNSET:
            field_dict["text_behavior_overrides"] = text_behavior_overrides
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
        agent_config_api_model_output = cls.__new__(cls)
        agent_config_api_model_output.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return agent_config_api_model_output

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


_read_first_message = plain_reader("first_message", (str,), "a string", False)

_read_language = plain_reader("language", (str,), "a string", False)

_read_hinglish_mode = plain_reader("hinglish_mode", (bool,), "a boolean", False)


def _read_dynamic_variables(cls: type[AgentConfigApiModelOutput], d: Mapping[str, Any]) -> Any:
    dynamic_variables_raw = d.get("dynamic_variables", UNSET)
    try:
        _dynamic_variables = dynamic_variables_raw
        dynamic_variables: DynamicVariablesConfig | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = DynamicVariablesConfig.from_dict(_dynamic_variables)
    except (KeyError, TypeError, ValueError, AttributeError):
        dynamic_variables = deviating_field(cls, "dynamic_variables", dynamic_variables_raw)

    return dynamic_variables


_read_disable_first_message_interruptions = plain_reader(
    "disable_first_message_interruptions", (bool,), "a boolean", False
)

_read_max_conversation_duration_message = plain_reader("max_conversation_duration_message", (str,), "a string", False)


def _read_text_behavior_overrides(cls: type[AgentConfigApiModelOutput], d: Mapping[str, Any]) -> Any:
    text_behavior_overrides_raw = d.get("text_behavior_overrides", UNSET)
    try:

        def _parse_text_behavior_overrides(
            data: object,
        ) -> AgentConfigApiModelOutputTextBehaviorOverridesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            text_behavior_overrides_type_0 = AgentConfigApiModelOutputTextBehaviorOverridesType0.from_dict(data)

            return text_behavior_overrides_type_0

        text_behavior_overrides = _parse_text_behavior_overrides(text_behavior_overrides_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        text_behavior_overrides = deviating_field(cls, "text_behavior_overrides", text_behavior_overrides_raw)

    return text_behavior_overrides


def _read_prompt(cls: type[AgentConfigApiModelOutput], d: Mapping[str, Any]) -> Any:
    prompt_raw = d.get("prompt", UNSET)
    try:
        _prompt = prompt_raw
        prompt: PromptAgentApiModelOutput | Unset
        if isinstance(_prompt, Unset):
            prompt = UNSET
        else:
            prompt = PromptAgentApiModelOutput.from_dict(_prompt)
    except (KeyError, TypeError, ValueError, AttributeError):
        prompt = deviating_field(cls, "prompt", prompt_raw)

    return prompt


_FIELDS: frozenset[str] = frozenset(
    (
        "first_message",
        "language",
        "hinglish_mode",
        "dynamic_variables",
        "disable_first_message_interruptions",
        "max_conversation_duration_message",
        "text_behavior_overrides",
        "prompt",
    )
)


def _read_additional_properties(cls: type[AgentConfigApiModelOutput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentConfigApiModelOutput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    first_message = d.get("first_message", UNSET)
    if first_message.__class__ is not str and first_message is not UNSET:
        first_message = _read_first_message(cls, d)

    language = d.get("language", UNSET)
    if language.__class__ is not str and language is not UNSET:
        language = _read_language(cls, d)

    hinglish_mode = d.get("hinglish_mode", UNSET)
    if hinglish_mode.__class__ is not bool and hinglish_mode is not UNSET:
        hinglish_mode = _read_hinglish_mode(cls, d)

    if "dynamic_variables" in known:
        dynamic_variables = known["dynamic_variables"]
    else:
        dynamic_variables = d.get("dynamic_variables", UNSET)
        if dynamic_variables is not UNSET:
            dynamic_variables = _read_dynamic_variables(cls, d)

    disable_first_message_interruptions = d.get("disable_first_message_interruptions", UNSET)
    if disable_first_message_interruptions.__class__ is not bool and disable_first_message_interruptions is not UNSET:
        disable_first_message_interruptions = _read_disable_first_message_interruptions(cls, d)

    max_conversation_duration_message = d.get("max_conversation_duration_message", UNSET)
    if max_conversation_duration_message.__class__ is not str and max_conversation_duration_message is not UNSET:
        max_conversation_duration_message = _read_max_conversation_duration_message(cls, d)

    if "text_behavior_overrides" in known:
        text_behavior_overrides = known["text_behavior_overrides"]
    else:
        text_behavior_overrides = d.get("text_behavior_overrides", UNSET)
        if text_behavior_overrides is not UNSET and text_behavior_overrides is not None:
            text_behavior_overrides = _read_text_behavior_overrides(cls, d)

    if "prompt" in known:
        prompt = known["prompt"]
    else:
        prompt = d.get("prompt", UNSET)
        if prompt is not UNSET:
            prompt = _read_prompt(cls, d)

    return {
        "first_message": first_message,
        "language": language,
        "hinglish_mode": hinglish_mode,
        "dynamic_variables": dynamic_variables,
        "disable_first_message_interruptions": disable_first_message_interruptions,
        "max_conversation_duration_message": max_conversation_duration_message,
        "text_behavior_overrides": text_behavior_overrides,
        "prompt": prompt,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AgentConfigApiModelOutput,
    _all_fields,
    {
        "first_message": _read_first_message,
        "language": _read_language,
        "hinglish_mode": _read_hinglish_mode,
        "dynamic_variables": _read_dynamic_variables,
        "disable_first_message_interruptions": _read_disable_first_message_interruptions,
        "max_conversation_duration_message": _read_max_conversation_duration_message,
        "text_behavior_overrides": _read_text_behavior_overrides,
        "prompt": _read_prompt,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_config_api_model_output_text_behavior_overrides_type_0 import (
    AgentConfigApiModelOutputTextBehaviorOverridesType0,
)
from ..models.dynamic_variables_config import DynamicVariablesConfig
from ..models.prompt_agent_api_model_output import PromptAgentApiModelOutput
