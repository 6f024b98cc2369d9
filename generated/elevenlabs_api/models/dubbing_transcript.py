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
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DubbingTranscript")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DubbingTranscript(Lazy):
    """Attributes:
    language (str):
    utterances (list[DubbingTranscriptUtterance]):
    """

    language: str

    utterances: list[DubbingTranscriptUtterance]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "language",
        "utterances",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        language = self.language

        utterances: Any
        try:
            utterances = []
            for utterances_item_data in self.utterances:
                utterances_item = utterances_item_data.to_dict()
                utterances.append(utterances_item)

        except (AttributeError, TypeError):
            utterances = self.utterances

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if language is not None or "language" not in self._missing_fields:
            field_dict["language"] = language
        if utterances is not None or "utterances" not in self._missing_fields:
            field_dict["utterances"] = utterances
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dubbing_transcript = cls.__new__(cls)
        dubbing_transcript.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return dubbing_transcript

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


_read_language = plain_reader("language", (str,), "a string", True)


def _read_utterances(cls: type[DubbingTranscript], d: Mapping[str, Any]) -> Any:
    utterances_raw = d.get("utterances", MISSING)
    if utterances_raw is MISSING:
        utterances = missing_field(cls, "utterances")
    else:
        try:
            expect_array("utterances", utterances_raw)
            utterances = []
            _utterances = utterances_raw
            for utterances_item_data in _utterances:
                utterances_item = DubbingTranscriptUtterance.from_dict(utterances_item_data)

                utterances.append(utterances_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            utterances = deviating_field(cls, "utterances", utterances_raw)

    return utterances


_FIELDS: frozenset[str] = frozenset(
    (
        "language",
        "utterances",
    )
)


def _read_additional_properties(cls: type[DubbingTranscript], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DubbingTranscript], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    language = d.get("language", MISSING)
    if language.__class__ is not str:
        language = _read_language(cls, d)

    if "utterances" in known:
        utterances = known["utterances"]
    else:
        utterances = _read_utterances(cls, d)

    return {
        "language": language,
        "utterances": utterances,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DubbingTranscript,
    _all_fields,
    {
        "language": _read_language,
        "utterances": _read_utterances,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_transcript_utterance import DubbingTranscriptUtterance
