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

T = TypeVar("T", bound="DubbingTranscriptWord")


@_attrs_define
class DubbingTranscriptWord:
    """Attributes:
    text (str | Unset):  Default: ''.
    word_type (str | Unset):  Default: 'unknown'.
    start_s (float | Unset):  Default: 0.0.
    end_s (float | Unset):  Default: 0.0.
    characters (list[DubbingTranscriptCharacter] | Unset):
    """

    text: str | Unset = ""

    word_type: str | Unset = "unknown"

    start_s: float | Unset = 0.0

    end_s: float | Unset = 0.0

    characters: list[DubbingTranscriptCharacter] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        word_type = self.word_type

        start_s = self.start_s

        end_s = self.end_s

        characters: Any
        try:
            characters = UNSET
            if not isinstance(self.characters, Unset):
                characters = []
                for characters_item_data in self.characters:
                    characters_item = characters_item_data.to_dict()
                    characters.append(characters_item)

        except (AttributeError, TypeError):
            characters = self.characters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not UNSET:
            field_dict["text"] = text
        if word_type is not UNSET:
            field_dict["word_type"] = word_type
        if start_s is not UNSET:
            field_dict["start_s"] = start_s
        if end_s is not UNSET:
            field_dict["end_s"] = end_s
        if characters is not UNSET:
            field_dict["characters"] = characters
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        text = d.pop("text", UNSET)
        if text.__class__ is not str and text is not UNSET:
            text = unexpected_type(cls, "text", text, "a string")

        word_type = d.pop("word_type", UNSET)
        if word_type.__class__ is not str and word_type is not UNSET:
            word_type = unexpected_type(cls, "word_type", word_type, "a string")

        start_s = d.pop("start_s", UNSET)
        if start_s.__class__ is not float and start_s.__class__ is not int and start_s is not UNSET:
            start_s = unexpected_type(cls, "start_s", start_s, "a number")

        end_s = d.pop("end_s", UNSET)
        if end_s.__class__ is not float and end_s.__class__ is not int and end_s is not UNSET:
            end_s = unexpected_type(cls, "end_s", end_s, "a number")

        characters_raw = d.pop("characters", UNSET)
        try:
            expect_array("characters", characters_raw)
            _characters = characters_raw
            characters: list[DubbingTranscriptCharacter] | Unset = UNSET
            if _characters is not UNSET:
                characters = []
                for characters_item_data in _characters:
                    characters_item = DubbingTranscriptCharacter.from_dict(characters_item_data)

                    characters.append(characters_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            characters = deviating_field(cls, "characters", characters_raw)

        dubbing_transcript_word = cls(
            text=text,
            word_type=word_type,
            start_s=start_s,
            end_s=end_s,
            characters=characters,
        )
        dubbing_transcript_word.additional_properties = d
        return dubbing_transcript_word

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
from ..models.dubbing_transcript_character import DubbingTranscriptCharacter
