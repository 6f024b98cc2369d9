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

T = TypeVar("T", bound="AgentConfigOverrideConfig")


@_attrs_define
class AgentConfigOverrideConfig:
    """Attributes:
    first_message (bool | Unset): Whether to allow overriding the first_message field. Default: False.
    language (bool | Unset): Whether to allow overriding the language field. Default: False.
    max_conversation_duration_message (bool | Unset): Whether to allow overriding the
        max_conversation_duration_message field. Default: False.
    prompt (PromptAgentAPIModelOverrideConfig | Unset):
    """

    first_message: bool | Unset = False

    language: bool | Unset = False

    max_conversation_duration_message: bool | Unset = False

    prompt: PromptAgentAPIModelOverrideConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        first_message = d.pop("first_message", UNSET)
        if first_message.__class__ is not bool and first_message is not UNSET:
            first_message = unexpected_type(cls, "first_message", first_message, "a boolean")

        language = d.pop("language", UNSET)
        if language.__class__ is not bool and language is not UNSET:
            language = unexpected_type(cls, "language", language, "a boolean")

        max_conversation_duration_message = d.pop("max_conversation_duration_message", UNSET)
        if max_conversation_duration_message.__class__ is not bool and max_conversation_duration_message is not UNSET:
            max_conversation_duration_message = unexpected_type(
                cls, "max_conversation_duration_message", max_conversation_duration_message, "a boolean"
            )

        prompt_raw = d.pop("prompt", UNSET)
        try:
            _prompt = prompt_raw
            prompt: PromptAgentAPIModelOverrideConfig | Unset
            if isinstance(_prompt, Unset):
                prompt = UNSET
            else:
                prompt = PromptAgentAPIModelOverrideConfig.from_dict(_prompt)
        except (KeyError, TypeError, ValueError, AttributeError):
            prompt = deviating_field(cls, "prompt", prompt_raw)

        agent_config_override_config = cls(
            first_message=first_message,
            language=language,
            max_conversation_duration_message=max_conversation_duration_message,
            prompt=prompt,
        )
        agent_config_override_config.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.prompt_agent_api_model_override_config import PromptAgentAPIModelOverrideConfig
