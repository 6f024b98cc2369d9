from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SpeechToTextCharacterResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SpeechToTextCharacterResponseModel(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("text",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        speech_to_text_character_response_model = cls.__new__(cls)
        speech_to_text_character_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_text = plain_reader("text", (str,), "a string", True)

_read_start = plain_reader(
    "start",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_end = plain_reader(
    "end",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "text",
        "start",
        "end",
    )
)


def _read_additional_properties(cls: type[SpeechToTextCharacterResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[SpeechToTextCharacterResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    text = d.get("text", MISSING)
    if text.__class__ is not str:
        text = _read_text(cls, d)

    start = d.get("start", UNSET)
    if start.__class__ is not float and start.__class__ is not int and start is not None and start is not UNSET:
        start = _read_start(cls, d)

    end = d.get("end", UNSET)
    if end.__class__ is not float and end.__class__ is not int and end is not None and end is not UNSET:
        end = _read_end(cls, d)

    return {
        "text": text,
        "start": start,
        "end": end,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SpeechToTextCharacterResponseModel,
    _all_fields,
    {
        "text": _read_text,
        "start": _read_start,
        "end": _read_end,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
