from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="SpeechToTextCharacterResponseModel")


@_attrs_define
class SpeechToTextCharacterResponseModel:
    """Example:
        {'end': 0.1, 'start': 0.0, 'text': 'H'}

    Attributes:
        text (str): The character that was transcribed.
        start (float | None | Unset): The start time of the character in seconds.
        end (float | None | Unset): The end time of the character in seconds.
    """

    text: str

    start: float | None | Unset = UNSET

    end: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        start: Any
        try:
            start = self.start

        except (AttributeError, TypeError):
            start = self.start

        end: Any
        try:
            end = self.end

        except (AttributeError, TypeError):
            end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        text = d.pop("text", MISSING)
        if text.__class__ is not str:
            if text is MISSING:
                text = missing_field(cls, "text")
                _missing += ("text",)
            else:
                text = unexpected_type(cls, "text", text, "a string")

        start = d.pop("start", UNSET)
        if start.__class__ is not float and start.__class__ is not int and start is not None and start is not UNSET:
            start = unexpected_type(cls, "start", start, "a number or null")

        end = d.pop("end", UNSET)
        if end.__class__ is not float and end.__class__ is not int and end is not None and end is not UNSET:
            end = unexpected_type(cls, "end", end, "a number or null")

        speech_to_text_character_response_model = cls(
            text=text,
            start=start,
            end=end,
        )
        if _missing:
            speech_to_text_character_response_model._missing_fields = _missing
        speech_to_text_character_response_model.additional_properties = d
        return speech_to_text_character_response_model

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
