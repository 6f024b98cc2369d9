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
    check_items,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AudioEventAlignment")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AudioEventAlignment(Lazy):
    """When each character of the agent's text is spoken in this audio chunk.

    Attributes:
        chars (list[str] | Unset): The characters, in order.
        char_start_times_ms (list[int] | Unset): When each character starts, in milliseconds from the start of the
            chunk.
        char_durations_ms (list[int] | Unset): How long each character lasts, in milliseconds.
    """

    chars: list[str] | Unset = UNSET

    char_start_times_ms: list[int] | Unset = UNSET

    char_durations_ms: list[int] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        chars: Any
        try:
            chars = UNSET
            if not isinstance(self.chars, Unset):
                chars = self.chars

        except (AttributeError, TypeError):
            chars = self.chars

        char_start_times_ms: Any
        try:
            char_start_times_ms = UNSET
            if not isinstance(self.char_start_times_ms, Unset):
                char_start_times_ms = self.char_start_times_ms

        except (AttributeError, TypeError):
            char_start_times_ms = self.char_start_times_ms

        char_durations_ms: Any
        try:
            char_durations_ms = UNSET
            if not isinstance(self.char_durations_ms, Unset):
                char_durations_ms = self.char_durations_ms

        except (AttributeError, TypeError):
            char_durations_ms = self.char_durations_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if chars is not UNSET:
            field_dict["chars"] = chars
        if char_start_times_ms is not UNSET:
            field_dict["char_start_times_ms"] = char_start_times_ms
        if char_durations_ms is not UNSET:
            field_dict["char_durations_ms"] = char_durations_ms
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        audio_event_alignment = cls.__new__(cls)
        audio_event_alignment.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return audio_event_alignment

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


_read_chars = plain_reader("chars", (list,), "an array", False, ((str,), "a string"))

_read_char_start_times_ms = plain_reader("char_start_times_ms", (list,), "an array", False, ((int,), "an integer"))

_read_char_durations_ms = plain_reader("char_durations_ms", (list,), "an array", False, ((int,), "an integer"))


_FIELDS: frozenset[str] = frozenset(
    (
        "chars",
        "char_start_times_ms",
        "char_durations_ms",
    )
)


def _read_additional_properties(cls: type[AudioEventAlignment], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AudioEventAlignment], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    chars = d.get("chars", UNSET)
    if chars.__class__ is not list and chars is not UNSET:
        chars = _read_chars(cls, d)
    elif chars.__class__ is list and chars:
        check_items(cls, "chars", chars, (str,), "a string")

    char_start_times_ms = d.get("char_start_times_ms", UNSET)
    if char_start_times_ms.__class__ is not list and char_start_times_ms is not UNSET:
        char_start_times_ms = _read_char_start_times_ms(cls, d)
    elif char_start_times_ms.__class__ is list and char_start_times_ms:
        check_items(cls, "char_start_times_ms", char_start_times_ms, (int,), "an integer")

    char_durations_ms = d.get("char_durations_ms", UNSET)
    if char_durations_ms.__class__ is not list and char_durations_ms is not UNSET:
        char_durations_ms = _read_char_durations_ms(cls, d)
    elif char_durations_ms.__class__ is list and char_durations_ms:
        check_items(cls, "char_durations_ms", char_durations_ms, (int,), "an integer")

    return {
        "chars": chars,
        "char_start_times_ms": char_start_times_ms,
        "char_durations_ms": char_durations_ms,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AudioEventAlignment,
    _all_fields,
    {
        "chars": _read_chars,
        "char_start_times_ms": _read_char_start_times_ms,
        "char_durations_ms": _read_char_durations_ms,
        "additional_properties": _read_additional_properties,
    },
)
