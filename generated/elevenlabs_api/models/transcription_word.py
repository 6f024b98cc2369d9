from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import TranscriptionWordType, check_transcription_word_type
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="TranscriptionWord")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TranscriptionWord(Lazy):
    """A word or the spacing between words, with its timing.

    Attributes:
        text (str | Unset): The word or spacing.
        start (float | Unset): When it starts, in seconds.
        end (float | Unset): When it ends, in seconds.
        type_ (TranscriptionWordType | Unset): Whether an entry is a word or the spacing between words.
        speaker_id (str | Unset): The speaker, when known.
        logprob (float | Unset): The log probability of the word (0 is certain).
        characters (list[str] | Unset): The word's characters.
    """

    text: str | Unset = UNSET

    start: float | Unset = UNSET

    end: float | Unset = UNSET

    type_: TranscriptionWordType | Unset = UNSET

    speaker_id: str | Unset = UNSET

    logprob: float | Unset = UNSET

    characters: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        text = self.text

        start = self.start

        end = self.end

        type_: Any
        try:
            type_ = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        speaker_id = self.speaker_id

        logprob = self.logprob

        characters: Any
        try:
            characters = UNSET
            if not isinstance(self.characters, Unset):
                characters = self.characters

        except (AttributeError, TypeError):
            characters = self.characters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not UNSET:
            field_dict["text"] = text
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if type_ is not UNSET:
            field_dict["type"] = type_
        if speaker_id is not UNSET:
            field_dict["speaker_id"] = speaker_id
        if logprob is not UNSET:
            field_dict["logprob"] = logprob
        if characters is not UNSET:
            field_dict["characters"] = characters
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        transcription_word = cls.__new__(cls)
        transcription_word.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return transcription_word

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


_read_text = plain_reader("text", (str,), "a string", False)

_read_start = plain_reader(
    "start",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_end = plain_reader(
    "end",
    (
        float,
        int,
    ),
    "a number",
    False,
)


def _read_type_(cls: type[TranscriptionWord], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    try:
        _type_ = type__raw
        type_: TranscriptionWordType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_transcription_word_type(_type_)
    except (KeyError, TypeError, ValueError, AttributeError):
        type_ = deviating_field(cls, "type", type__raw)

    return type_


_read_speaker_id = plain_reader("speaker_id", (str,), "a string", False)

_read_logprob = plain_reader(
    "logprob",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_characters = plain_reader("characters", (list,), "an array", False, ((str,), "a string"))


_FIELDS: frozenset[str] = frozenset(
    (
        "text",
        "start",
        "end",
        "type",
        "speaker_id",
        "logprob",
        "characters",
    )
)


def _read_additional_properties(cls: type[TranscriptionWord], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[TranscriptionWord], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    text = d.get("text", UNSET)
    if text.__class__ is not str and text is not UNSET:
        text = _read_text(cls, d)

    start = d.get("start", UNSET)
    if start.__class__ is not float and start.__class__ is not int and start is not UNSET:
        start = _read_start(cls, d)

    end = d.get("end", UNSET)
    if end.__class__ is not float and end.__class__ is not int and end is not UNSET:
        end = _read_end(cls, d)

    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    speaker_id = d.get("speaker_id", UNSET)
    if speaker_id.__class__ is not str and speaker_id is not UNSET:
        speaker_id = _read_speaker_id(cls, d)

    logprob = d.get("logprob", UNSET)
    if logprob.__class__ is not float and logprob.__class__ is not int and logprob is not UNSET:
        logprob = _read_logprob(cls, d)

    characters = d.get("characters", UNSET)
    if characters.__class__ is not list and characters is not UNSET:
        characters = _read_characters(cls, d)
    elif characters.__class__ is list and characters:
        check_items(cls, "characters", characters, (str,), "a string")

    return {
        "text": text,
        "start": start,
        "end": end,
        "type_": type_,
        "speaker_id": speaker_id,
        "logprob": logprob,
        "characters": characters,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    TranscriptionWord,
    _all_fields,
    {
        "text": _read_text,
        "start": _read_start,
        "end": _read_end,
        "type_": _read_type_,
        "speaker_id": _read_speaker_id,
        "logprob": _read_logprob,
        "characters": _read_characters,
        "additional_properties": _read_additional_properties,
    },
)
