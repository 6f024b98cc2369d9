from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        start_time_seconds = self.start_time_seconds

        end_time_seconds = self.end_time_seconds

        character_start_index = self.character_start_index

        character_end_index = self.character_end_index

        dialogue_input_index = self.dialogue_input_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if voice_id is not None or "voice_id" not in self._missing_fields:
            field_dict["voice_id"] = voice_id
        if start_time_seconds is not None or "start_time_seconds" not in self._missing_fields:
            field_dict["start_time_seconds"] = start_time_seconds
        if end_time_seconds is not None or "end_time_seconds" not in self._missing_fields:
            field_dict["end_time_seconds"] = end_time_seconds
        if character_start_index is not None or "character_start_index" not in self._missing_fields:
            field_dict["character_start_index"] = character_start_index
        if character_end_index is not None or "character_end_index" not in self._missing_fields:
            field_dict["character_end_index"] = character_end_index
        if dialogue_input_index is not None or "dialogue_input_index" not in self._missing_fields:
            field_dict["dialogue_input_index"] = dialogue_input_index
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        voice_id = d.pop("voice_id", MISSING)
        if voice_id.__class__ is not str:
            if voice_id is MISSING:
                voice_id = missing_field(cls, "voice_id")
                _missing += ("voice_id",)
            else:
                voice_id = unexpected_type(cls, "voice_id", voice_id, "a string")

        start_time_seconds = d.pop("start_time_seconds", MISSING)
        if start_time_seconds.__class__ is not float and start_time_seconds.__class__ is not int:
            if start_time_seconds is MISSING:
                start_time_seconds = missing_field(cls, "start_time_seconds")
                _missing += ("start_time_seconds",)
            else:
                start_time_seconds = unexpected_type(cls, "start_time_seconds", start_time_seconds, "a number")

        end_time_seconds = d.pop("end_time_seconds", MISSING)
        if end_time_seconds.__class__ is not float and end_time_seconds.__class__ is not int:
            if end_time_seconds is MISSING:
                end_time_seconds = missing_field(cls, "end_time_seconds")
                _missing += ("end_time_seconds",)
            else:
                end_time_seconds = unexpected_type(cls, "end_time_seconds", end_time_seconds, "a number")

        character_start_index = d.pop("character_start_index", MISSING)
        if character_start_index.__class__ is not int:
            if character_start_index is MISSING:
                character_start_index = missing_field(cls, "character_start_index")
                _missing += ("character_start_index",)
            else:
                character_start_index = unexpected_type(
                    cls, "character_start_index", character_start_index, "an integer"
                )

        character_end_index = d.pop("character_end_index", MISSING)
        if character_end_index.__class__ is not int:
            if character_end_index is MISSING:
                character_end_index = missing_field(cls, "character_end_index")
                _missing += ("character_end_index",)
            else:
                character_end_index = unexpected_type(cls, "character_end_index", character_end_index, "an integer")

        dialogue_input_index = d.pop("dialogue_input_index", MISSING)
        if dialogue_input_index.__class__ is not int:
            if dialogue_input_index is MISSING:
                dialogue_input_index = missing_field(cls, "dialogue_input_index")
                _missing += ("dialogue_input_index",)
            else:
                dialogue_input_index = unexpected_type(cls, "dialogue_input_index", dialogue_input_index, "an integer")

        voice_segment = cls(
            voice_id=voice_id,
            start_time_seconds=start_time_seconds,
            end_time_seconds=end_time_seconds,
            character_start_index=character_start_index,
            character_end_index=character_end_index,
            dialogue_input_index=dialogue_input_index,
        )
        if _missing:
            voice_segment._missing_fields = _missing
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
