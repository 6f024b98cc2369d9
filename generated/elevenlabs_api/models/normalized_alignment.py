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

T = TypeVar("T", bound="NormalizedAlignment")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class NormalizedAlignment(Lazy):
    """Alignment information for the generated audio given the input normalized text sequence.

    Attributes:
        char_start_times_ms (list[int] | Unset): A list of starting times (in milliseconds) for each character in the
            normalized text as it
            corresponds to the audio. For instance, the character 'H' starts at time 0 ms in the audio.
            Note these times are relative to the returned chunk from the model, and not the
            full audio response.
        chars_durations_ms (list[int] | Unset): A list of durations (in milliseconds) for each character in the
            normalized text as it
            corresponds to the audio. For instance, the character 'H' lasts for 3 ms in the audio.
            Note these times are relative to the returned chunk from the model, and not the
            full audio response.
        chars (list[str] | Unset): A list of characters in the normalized text sequence. For instance, the first
            character is 'H'.
            Note that this list may contain spaces, punctuation, and other special characters.
            The length of this list should be the same as the lengths of `charStartTimesMs` and `charsDurationsMs`.
    """

    char_start_times_ms: list[int] | Unset = UNSET

    chars_durations_ms: list[int] | Unset = UNSET

    chars: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        char_start_times_ms: Any
        try:
            char_start_times_ms = UNSET
            if not isinstance(self.char_start_times_ms, Unset):
                char_start_times_ms = self.char_start_times_ms

        except (AttributeError, TypeError):
            char_start_times_ms = self.char_start_times_ms

        chars_durations_ms: Any
        try:
            chars_durations_ms = UNSET
            if not isinstance(self.chars_durations_ms, Unset):
                chars_durations_ms = self.chars_durations_ms

        except (AttributeError, TypeError):
            chars_durations_ms = self.chars_durations_ms

        chars: Any
        try:
            chars = UNSET
            if not isinstance(self.chars, Unset):
                chars = self.chars

        except (AttributeError, TypeError):
            chars = self.chars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if char_start_times_ms is not UNSET:
            field_dict["charStartTimesMs"] = char_start_times_ms
        if chars_durations_ms is not UNSET:
            field_dict["charsDurationsMs"] = chars_durations_ms
        if chars is not UNSET:
            field_dict["chars"] = chars
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        normalized_alignment = cls.__new__(cls)
        normalized_alignment.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return normalized_alignment

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


_read_char_start_times_ms = plain_reader("charStartTimesMs", (list,), "an array", False, ((int,), "an integer"))

_read_chars_durations_ms = plain_reader("charsDurationsMs", (list,), "an array", False, ((int,), "an integer"))

_read_chars = plain_reader("chars", (list,), "an array", False, ((str,), "a string"))


_FIELDS: frozenset[str] = frozenset(
    (
        "charStartTimesMs",
        "charsDurationsMs",
        "chars",
    )
)


def _read_additional_properties(cls: type[NormalizedAlignment], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[NormalizedAlignment], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    char_start_times_ms = d.get("charStartTimesMs", UNSET)
    if char_start_times_ms.__class__ is not list and char_start_times_ms is not UNSET:
        char_start_times_ms = _read_char_start_times_ms(cls, d)
    elif char_start_times_ms.__class__ is list and char_start_times_ms:
        check_items(cls, "charStartTimesMs", char_start_times_ms, (int,), "an integer")

    chars_durations_ms = d.get("charsDurationsMs", UNSET)
    if chars_durations_ms.__class__ is not list and chars_durations_ms is not UNSET:
        chars_durations_ms = _read_chars_durations_ms(cls, d)
    elif chars_durations_ms.__class__ is list and chars_durations_ms:
        check_items(cls, "charsDurationsMs", chars_durations_ms, (int,), "an integer")

    chars = d.get("chars", UNSET)
    if chars.__class__ is not list and chars is not UNSET:
        chars = _read_chars(cls, d)
    elif chars.__class__ is list and chars:
        check_items(cls, "chars", chars, (str,), "a string")

    return {
        "char_start_times_ms": char_start_times_ms,
        "chars_durations_ms": chars_durations_ms,
        "chars": chars,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    NormalizedAlignment,
    _all_fields,
    {
        "char_start_times_ms": _read_char_start_times_ms,
        "chars_durations_ms": _read_chars_durations_ms,
        "chars": _read_chars,
        "additional_properties": _read_additional_properties,
    },
)
