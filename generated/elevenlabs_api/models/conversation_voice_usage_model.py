from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, missing_field

T = TypeVar("T", bound="ConversationVoiceUsageModel")


@_attrs_define
class ConversationVoiceUsageModel:
    """Attributes:
    voice_id (str):
    audio_output_seconds (float | Unset):  Default: 0.0.
    """

    voice_id: str

    audio_output_seconds: float | Unset = 0.0

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        audio_output_seconds = self.audio_output_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if voice_id is not None:
            field_dict["voice_id"] = voice_id
        if audio_output_seconds is not UNSET:
            field_dict["audio_output_seconds"] = audio_output_seconds
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        voice_id = d.pop("voice_id", MISSING)
        if voice_id is MISSING:
            voice_id = missing_field(cls, "voice_id")

        audio_output_seconds = d.pop("audio_output_seconds", UNSET)

        conversation_voice_usage_model = cls(
            voice_id=voice_id,
            audio_output_seconds=audio_output_seconds,
        )
        conversation_voice_usage_model.additional_properties = d
        return conversation_voice_usage_model

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
