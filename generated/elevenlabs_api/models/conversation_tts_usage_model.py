from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    unexpected_type,
)

T = TypeVar("T", bound="ConversationTTSUsageModel")


@_attrs_define
class ConversationTTSUsageModel:
    """Aggregated TTS usage for a conversation (analytics-only, not billing).

    Attributes:
        primary_tts_model (None | str | Unset):
        total_audio_output_seconds (float | Unset):  Default: 0.0.
        total_characters (int | Unset):  Default: 0.
        per_voice_usage (list[ConversationVoiceUsageModel] | Unset):
    """

    primary_tts_model: None | str | Unset = UNSET

    total_audio_output_seconds: float | Unset = 0.0

    total_characters: int | Unset = 0

    per_voice_usage: list[ConversationVoiceUsageModel] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        primary_tts_model: Any
        try:
            primary_tts_model = self.primary_tts_model

        except (AttributeError, TypeError):
            primary_tts_model = self.primary_tts_model

        total_audio_output_seconds = self.total_audio_output_seconds

        total_characters = self.total_characters

        per_voice_usage: Any
        try:
            per_voice_usage = UNSET
            if not isinstance(self.per_voice_usage, Unset):
                per_voice_usage = []
                for per_voice_usage_item_data in self.per_voice_usage:
                    per_voice_usage_item = per_voice_usage_item_data.to_dict()
                    per_voice_usage.append(per_voice_usage_item)

        except (AttributeError, TypeError):
            per_voice_usage = self.per_voice_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if primary_tts_model is not UNSET:
            field_dict["primary_tts_model"] = primary_tts_model
        if total_audio_output_seconds is not UNSET:
            field_dict["total_audio_output_seconds"] = total_audio_output_seconds
        if total_characters is not UNSET:
            field_dict["total_characters"] = total_characters
        if per_voice_usage is not UNSET:
            field_dict["per_voice_usage"] = per_voice_usage
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        primary_tts_model = d.pop("primary_tts_model", UNSET)
        if primary_tts_model.__class__ is not str and primary_tts_model is not None and primary_tts_model is not UNSET:
            primary_tts_model = unexpected_type(cls, "primary_tts_model", primary_tts_model, "a string or null")

        total_audio_output_seconds = d.pop("total_audio_output_seconds", UNSET)
        if (
            total_audio_output_seconds.__class__ is not float
            and total_audio_output_seconds.__class__ is not int
            and total_audio_output_seconds is not UNSET
        ):
            total_audio_output_seconds = unexpected_type(
                cls, "total_audio_output_seconds", total_audio_output_seconds, "a number"
            )

        total_characters = d.pop("total_characters", UNSET)
        if total_characters.__class__ is not int and total_characters is not UNSET:
            total_characters = unexpected_type(cls, "total_characters", total_characters, "an integer")

        per_voice_usage_raw = d.pop("per_voice_usage", UNSET)
        try:
            expect_array("per_voice_usage", per_voice_usage_raw)
            _per_voice_usage = per_voice_usage_raw
            per_voice_usage: list[ConversationVoiceUsageModel] | Unset = UNSET
            if _per_voice_usage is not UNSET:
                per_voice_usage = []
                for per_voice_usage_item_data in _per_voice_usage:
                    per_voice_usage_item = ConversationVoiceUsageModel.from_dict(per_voice_usage_item_data)

                    per_voice_usage.append(per_voice_usage_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            per_voice_usage = deviating_field(cls, "per_voice_usage", per_voice_usage_raw)

        conversation_tts_usage_model = cls(
            primary_tts_model=primary_tts_model,
            total_audio_output_seconds=total_audio_output_seconds,
            total_characters=total_characters,
            per_voice_usage=per_voice_usage,
        )
        conversation_tts_usage_model.additional_properties = d
        return conversation_tts_usage_model

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
from ..models.conversation_voice_usage_model import ConversationVoiceUsageModel
