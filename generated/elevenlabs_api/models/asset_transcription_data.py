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
    check_items,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AssetTranscriptionData")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AssetTranscriptionData(Lazy):
    """Attributes:
    language_code (str):
    text (str):
    words (list[str]):
    word_start_times_ms (list[int]):
    word_end_times_ms (list[int]):
    word_speaker_ids (list[None | str]):
    """

    language_code: str

    text: str

    words: list[str]

    word_start_times_ms: list[int]

    word_end_times_ms: list[int]

    word_speaker_ids: list[None | str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "language_code",
        "text",
        "words",
        "word_start_times_ms",
        "word_end_times_ms",
        "word_speaker_ids",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        language_code = self.language_code

        text = self.text

        words: Any
        try:
            words = self.words

        except (AttributeError, TypeError):
            words = self.words

        word_start_times_ms: Any
        try:
            word_start_times_ms = self.word_start_times_ms

        except (AttributeError, TypeError):
            word_start_times_ms = self.word_start_times_ms

        word_end_times_ms: Any
        try:
            word_end_times_ms = self.word_end_times_ms

        except (AttributeError, TypeError):
            word_end_times_ms = self.word_end_times_ms

        word_speaker_ids: Any
        try:
            word_speaker_ids = []
            for word_speaker_ids_item_data in self.word_speaker_ids:
                word_speaker_ids_item: None | str = word_speaker_ids_item_data

                word_speaker_ids.append(word_speaker_ids_item)

        except (AttributeError, TypeError):
            word_speaker_ids = self.word_speaker_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if language_code is not None or "language_code" not in self._missing_fields:
            field_dict["language_code"] = language_code
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if words is not None or "words" not in self._missing_fields:
            field_dict["words"] = words
        if word_start_times_ms is not None or "word_start_times_ms" not in self._missing_fields:
            field_dict["word_start_times_ms"] = word_start_times_ms
        if word_end_times_ms is not None or "word_end_times_ms" not in self._missing_fields:
            field_dict["word_end_times_ms"] = word_end_times_ms
        if word_speaker_ids is not None or "word_speaker_ids" not in self._missing_fields:
            field_dict["word_speaker_ids"] = word_speaker_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        asset_transcription_data = cls.__new__(cls)
        asset_transcription_data.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return asset_transcription_data

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


_read_language_code = plain_reader("language_code", (str,), "a string", True)

_read_text = plain_reader("text", (str,), "a string", True)

_read_words = plain_reader("words", (list,), "an array", True, ((str,), "a string"))

_read_word_start_times_ms = plain_reader("word_start_times_ms", (list,), "an array", True, ((int,), "an integer"))

_read_word_end_times_ms = plain_reader("word_end_times_ms", (list,), "an array", True, ((int,), "an integer"))


def _read_word_speaker_ids(cls: type[AssetTranscriptionData], d: Mapping[str, Any]) -> Any:
    word_speaker_ids_raw = d.get("word_speaker_ids", MISSING)
    if word_speaker_ids_raw is MISSING:
        word_speaker_ids = missing_field(cls, "word_speaker_ids")
    else:
        try:
            expect_array("word_speaker_ids", word_speaker_ids_raw)
            word_speaker_ids = []
            _word_speaker_ids = word_speaker_ids_raw
            for word_speaker_ids_item_data in _word_speaker_ids:
                word_speaker_ids_item = word_speaker_ids_item_data

                word_speaker_ids.append(word_speaker_ids_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            word_speaker_ids = deviating_field(cls, "word_speaker_ids", word_speaker_ids_raw)

    return word_speaker_ids


_FIELDS: frozenset[str] = frozenset(
    (
        "language_code",
        "text",
        "words",
        "word_start_times_ms",
        "word_end_times_ms",
        "word_speaker_ids",
    )
)


def _read_additional_properties(cls: type[AssetTranscriptionData], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AssetTranscriptionData], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    language_code = d.get("language_code", MISSING)
    if language_code.__class__ is not str:
        language_code = _read_language_code(cls, d)

    text = d.get("text", MISSING)
    if text.__class__ is not str:
        text = _read_text(cls, d)

    words = d.get("words", MISSING)
    if words.__class__ is not list:
        words = _read_words(cls, d)
    elif words.__class__ is list and words:
        check_items(cls, "words", words, (str,), "a string")

    word_start_times_ms = d.get("word_start_times_ms", MISSING)
    if word_start_times_ms.__class__ is not list:
        word_start_times_ms = _read_word_start_times_ms(cls, d)
    elif word_start_times_ms.__class__ is list and word_start_times_ms:
        check_items(cls, "word_start_times_ms", word_start_times_ms, (int,), "an integer")

    word_end_times_ms = d.get("word_end_times_ms", MISSING)
    if word_end_times_ms.__class__ is not list:
        word_end_times_ms = _read_word_end_times_ms(cls, d)
    elif word_end_times_ms.__class__ is list and word_end_times_ms:
        check_items(cls, "word_end_times_ms", word_end_times_ms, (int,), "an integer")

    if "word_speaker_ids" in known:
        word_speaker_ids = known["word_speaker_ids"]
    else:
        word_speaker_ids = _read_word_speaker_ids(cls, d)

    return {
        "language_code": language_code,
        "text": text,
        "words": words,
        "word_start_times_ms": word_start_times_ms,
        "word_end_times_ms": word_end_times_ms,
        "word_speaker_ids": word_speaker_ids,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AssetTranscriptionData,
    _all_fields,
    {
        "language_code": _read_language_code,
        "text": _read_text,
        "words": _read_words,
        "word_start_times_ms": _read_word_start_times_ms,
        "word_end_times_ms": _read_word_end_times_ms,
        "word_speaker_ids": _read_word_speaker_ids,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
