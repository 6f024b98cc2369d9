from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, missing_field

T = TypeVar("T", bound="VoiceSegment")


@_attrs_define
class VoiceSegment:
    """Attributes:
    voice_id (str): The voice ID used for this segment
    start_time_seconds (float): Start time of this voice segment
    end_time_seconds (float): End time of this voice segment
    character_start_index (int): Start index in the characters array
    character_end_index (int): End index in the characters array (exclusive)
    dialogue_input_index (int): Line of the dialogue (script) that this segment is a part of.
    """

    voice_id: str

    start_time_seconds: float

    end_time_seconds: float

    character_start_index: int

    character_end_index: int

    dialogue_input_index: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        start_time_seconds = self.start_time_seconds

        end_time_seconds = self.end_time_seconds

        character_start_index = self.character_start_index

        character_end_index = self.character_end_index

        dialogue_input_index = self.dialogue_input_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if voice_id is not None:
            field_dict["voice_id"] = voice_id
        if start_time_seconds is not None:
            field_dict["start_time_seconds"] = start_time_seconds
        if end_time_seconds is not None:
            field_dict["end_time_seconds"] = end_time_seconds
        if character_start_index is not None:
            field_dict["character_start_index"] = character_start_index
        if character_end_index is not None:
            field_dict["character_end_index"] = character_end_index
        if dialogue_input_index is not None:
            field_dict["dialogue_input_index"] = dialogue_input_index
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        voice_id = d.pop("voice_id", MISSING)
        if voice_id is MISSING:
            voice_id = missing_field(cls, "voice_id")

        start_time_seconds = d.pop("start_time_seconds", MISSING)
        if start_time_seconds is MISSING:
            start_time_seconds = missing_field(cls, "start_time_seconds")

        end_time_seconds = d.pop("end_time_seconds", MISSING)
        if end_time_seconds is MISSING:
            end_time_seconds = missing_field(cls, "end_time_seconds")

        character_start_index = d.pop("character_start_index", MISSING)
        if character_start_index is MISSING:
            character_start_index = missing_field(cls, "character_start_index")

        character_end_index = d.pop("character_end_index", MISSING)
        if character_end_index is MISSING:
            character_end_index = missing_field(cls, "character_end_index")

        dialogue_input_index = d.pop("dialogue_input_index", MISSING)
        if dialogue_input_index is MISSING:
            dialogue_input_index = missing_field(cls, "dialogue_input_index")

        voice_segment = cls(
            voice_id=voice_id,
            start_time_seconds=start_time_seconds,
            end_time_seconds=end_time_seconds,
            character_start_index=character_start_index,
            character_end_index=character_end_index,
            dialogue_input_index=dialogue_input_index,
        )
        voice_segment.additional_properties = d
        return voice_segment

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
