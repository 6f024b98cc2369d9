from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DubbingTranscriptUtterance")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DubbingTranscriptUtterance(Lazy):
    """Attributes:
    text (str | Unset): Defaults to empty on the server.
    speaker_id (str | Unset): Defaults to 'unknown' on the server.
    start_s (float | Unset): Defaults to 0.0 on the server.
    end_s (float | Unset): Defaults to 0.0 on the server.
    words (list[DubbingTranscriptWord] | Unset):
    """

    text: str | Unset = UNSET

    speaker_id: str | Unset = UNSET

    start_s: float | Unset = UNSET

    end_s: float | Unset = UNSET

    words: list[DubbingTranscriptWord] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        text = self.text

        speaker_id = self.speaker_id

        start_s = self.start_s

        end_s = self.end_s

        words: Any
        try:
            words = UNSET
            if not isinstance(self.words, Unset):
                words = []
                for words_item_data in self.words:
                    words_item = words_item_data.to_dict()
                    words.append(words_item)

        except (AttributeError, TypeError):
            words = self.words

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not UNSET:
            field_dict["text"] = text
        if speaker_id is not UNSET:
            field_dict["speaker_id"] = speaker_id
        if start_s is not UNSET:
            field_dict["start_s"] = start_s
        if end_s is not UNSET:
            field_dict["end_s"] = end_s
        if words is not UNSET:
            field_dict["words"] = words
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dubbing_transcript_utterance = cls.__new__(cls)
        dubbing_transcript_utterance.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return dubbing_transcript_utterance

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

_read_speaker_id = plain_reader("speaker_id", (str,), "a string", False)

_read_start_s = plain_reader(
    "start_s",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_end_s = plain_reader(
    "end_s",
    (
        float,
        int,
    ),
    "a number",
    False,
)


def _read_words(cls: type[DubbingTranscriptUtterance], d: Mapping[str, Any]) -> Any:
    words_raw = d.get("words", UNSET)
    try:
        expect_array("words", words_raw)
        _words = words_raw
        words: list[DubbingTranscriptWord] | Unset = UNSET
        if _words is not UNSET:
            words = []
            for words_item_data in _words:
                words_item = DubbingTranscriptWord.from_dict(words_item_data)

                words.append(words_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        words = deviating_field(cls, "words", words_raw)

    return words


_FIELDS: frozenset[str] = frozenset(
    (
        "text",
        "speaker_id",
        "start_s",
        "end_s",
        "words",
    )
)


def _read_additional_properties(cls: type[DubbingTranscriptUtterance], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[DubbingTranscriptUtterance], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    text = d.get("text", UNSET)
    if text.__class__ is not str and text is not UNSET:
        text = _read_text(cls, d)

    speaker_id = d.get("speaker_id", UNSET)
    if speaker_id.__class__ is not str and speaker_id is not UNSET:
        speaker_id = _read_speaker_id(cls, d)

    start_s = d.get("start_s", UNSET)
    if start_s.__class__ is not float and start_s.__class__ is not int and start_s is not UNSET:
        start_s = _read_start_s(cls, d)

    end_s = d.get("end_s", UNSET)
    if end_s.__class__ is not float and end_s.__class__ is not int and end_s is not UNSET:
        end_s = _read_end_s(cls, d)

    if "words" in known:
        words = known["words"]
    else:
        words = d.get("words", UNSET)
        if words is not UNSET:
            words = _read_words(cls, d)

    return {
        "text": text,
        "speaker_id": speaker_id,
        "start_s": start_s,
        "end_s": end_s,
        "words": words,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    DubbingTranscriptUtterance,
    _all_fields,
    {
        "text": _read_text,
        "speaker_id": _read_speaker_id,
        "start_s": _read_start_s,
        "end_s": _read_end_s,
        "words": _read_words,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_transcript_word import DubbingTranscriptWord
