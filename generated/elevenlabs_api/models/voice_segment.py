from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="VoiceSegment")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VoiceSegment(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "voice_id",
        "start_time_seconds",
        "end_time_seconds",
        "character_start_index",
        "character_end_index",
        "dialogue_input_index",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        voice_segment = cls.__new__(cls)
        voice_segment.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_voice_id = plain_reader("voice_id", (str,), "a string", True)

_read_start_time_seconds = plain_reader(
    "start_time_seconds",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_end_time_seconds = plain_reader(
    "end_time_seconds",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_character_start_index = plain_reader("character_start_index", (int,), "an integer", True)

_read_character_end_index = plain_reader("character_end_index", (int,), "an integer", True)

_read_dialogue_input_index = plain_reader("dialogue_input_index", (int,), "an integer", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "voice_id",
        "start_time_seconds",
        "end_time_seconds",
        "character_start_index",
        "character_end_index",
        "dialogue_input_index",
    )
)


def _read_additional_properties(cls: type[VoiceSegment], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[VoiceSegment], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    voice_id = d.get("voice_id", MISSING)
    if voice_id.__class__ is not str:
        voice_id = _read_voice_id(cls, d)

    start_time_seconds = d.get("start_time_seconds", MISSING)
    if start_time_seconds.__class__ is not float and start_time_seconds.__class__ is not int:
        start_time_seconds = _read_start_time_seconds(cls, d)

    end_time_seconds = d.get("end_time_seconds", MISSING)
    if end_time_seconds.__class__ is not float and end_time_seconds.__class__ is not int:
        end_time_seconds = _read_end_time_seconds(cls, d)

    character_start_index = d.get("character_start_index", MISSING)
    if character_start_index.__class__ is not int:
        character_start_index = _read_character_start_index(cls, d)

    character_end_index = d.get("character_end_index", MISSING)
    if character_end_index.__class__ is not int:
        character_end_index = _read_character_end_index(cls, d)

    dialogue_input_index = d.get("dialogue_input_index", MISSING)
    if dialogue_input_index.__class__ is not int:
        dialogue_input_index = _read_dialogue_input_index(cls, d)

    return {
        "voice_id": voice_id,
        "start_time_seconds": start_time_seconds,
        "end_time_seconds": end_time_seconds,
        "character_start_index": character_start_index,
        "character_end_index": character_end_index,
        "dialogue_input_index": dialogue_input_index,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    VoiceSegment,
    _all_fields,
    {
        "voice_id": _read_voice_id,
        "start_time_seconds": _read_start_time_seconds,
        "end_time_seconds": _read_end_time_seconds,
        "character_start_index": _read_character_start_index,
        "character_end_index": _read_character_end_index,
        "dialogue_input_index": _read_dialogue_input_index,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
