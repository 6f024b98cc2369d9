from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    deviating_field,
    unexpected_type,
)

T = TypeVar("T", bound="AgentConfigOverrideOutput")


@_attrs_define
class AgentConfigOverrideOutput:
    """Attributes:
    first_message (None | str | Unset): If non-empty, the first message the agent will say. If empty, the agent
        waits for the user to start the discussion.
    language (None | str | Unset): Language of the agent - used for ASR and TTS
    prompt (None | PromptAgentAPIModelOverride | Unset): The prompt for the agent
    """

    first_message: None | str | Unset = UNSET

    language: None | str | Unset = UNSET

    prompt: None | PromptAgentAPIModelOverride | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        prompt: Any
        try:
            if isinstance(self.prompt, Unset):
                prompt = UNSET
            elif isinstance(self.prompt, PromptAgentAPIModelOverride):
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
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        first_message = d.pop("first_message", UNSET)
        if first_message.__class__ is not str and first_message is not None and first_message is not UNSET:
            first_message = unexpected_type(cls, "first_message", first_message, "a string or null")

        language = d.pop("language", UNSET)
        if language.__class__ is not str and language is not None and language is not UNSET:
            language = unexpected_type(cls, "language", language, "a string or null")

        prompt_raw = d.pop("prompt", UNSET)
        try:

            def _parse_prompt(data: object) -> None | PromptAgentAPIModelOverride | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                prompt_type_0 = PromptAgentAPIModelOverride.from_dict(data)

                return prompt_type_0

            prompt = _parse_prompt(prompt_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            prompt = deviating_field(cls, "prompt", prompt_raw)

        agent_config_override_output = cls(
            first_message=first_message,
            language=language,
            prompt=prompt,
        )
        agent_config_override_output.additional_properties = d
        return agent_config_override_output

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
from ..models.prompt_agent_api_model_override import PromptAgentAPIModelOverride
