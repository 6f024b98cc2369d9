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
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CueOptionsRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CueOptionsRequest(Lazy):
    """Example:
        {'max_chars_per_line': 42, 'max_duration_ms': 7000, 'max_lines_per_cue': 2, 'min_duration_ms': 1000}

    Attributes:
        min_duration_ms (int | Unset): Minimum duration of each cue in milliseconds. Defaults to 1000 on the server.
        max_duration_ms (int | Unset): Maximum duration of each cue in milliseconds. Defaults to 7000 on the server.
        max_lines_per_cue (int | Unset): Maximum number of lines per cue. Defaults to 2 on the server.
        max_chars_per_line (int | Unset): Maximum number of characters per line in a cue. Defaults to 42 on the server.
        max_chars_per_s (int | None | Unset): Maximum characters per second reading speed. If not set, no reading speed
            limit is applied.
        min_gap_between_cues_frames (int | None | Unset): Minimum gap between consecutive cues in frames. If not set, no
            minimum gap is enforced.
    """

    min_duration_ms: int | Unset = UNSET

    max_duration_ms: int | Unset = UNSET

    max_lines_per_cue: int | Unset = UNSET

    max_chars_per_line: int | Unset = UNSET

    max_chars_per_s: int | None | Unset = UNSET

    min_gap_between_cues_frames: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        min_duration_ms = self.min_duration_ms

        max_duration_ms = self.max_duration_ms

        max_lines_per_cue = self.max_lines_per_cue

        max_chars_per_line = self.max_chars_per_line

        max_chars_per_s: Any
        try:
            max_chars_per_s = self.max_chars_per_s

        except (AttributeError, TypeError):
            max_chars_per_s = self.max_chars_per_s

        min_gap_between_cues_frames: Any
        try:
            min_gap_between_cues_frames = self.min_gap_between_cues_frames

        except (AttributeError, TypeError):
            min_gap_between_cues_frames = self.min_gap_between_cues_frames

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if min_duration_ms is not UNSET:
            field_dict["min_duration_ms"] = min_duration_ms
        if max_duration_ms is not UNSET:
            field_dict["max_duration_ms"] = max_duration_ms
        if max_lines_per_cue is not UNSET:
            field_dict["max_lines_per_cue"] = max_lines_per_cue
        if max_chars_per_line is not UNSET:
            field_dict["max_chars_per_line"] = max_chars_per_line
        if max_chars_per_s is not UNSET:
            field_dict["max_chars_per_s"] = max_chars_per_s
        if min_gap_between_cues_frames is not UNSET:
            field_dict["min_gap_between_cues_frames"] = min_gap_between_cues_frames
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        cue_options_request = cls.__new__(cls)
        cue_options_request.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return cue_options_request

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


_read_min_duration_ms = plain_reader("min_duration_ms", (int,), "an integer", False)

_read_max_duration_ms = plain_reader("max_duration_ms", (int,), "an integer", False)

_read_max_lines_per_cue = plain_reader("max_lines_per_cue", (int,), "an integer", False)

_read_max_chars_per_line = plain_reader("max_chars_per_line", (int,), "an integer", False)

_read_max_chars_per_s = plain_reader(
    "max_chars_per_s",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_min_gap_between_cues_frames = plain_reader(
    "min_gap_between_cues_frames",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "min_duration_ms",
        "max_duration_ms",
        "max_lines_per_cue",
        "max_chars_per_line",
        "max_chars_per_s",
        "min_gap_between_cues_frames",
    )
)


def _read_additional_properties(cls: type[CueOptionsRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[CueOptionsRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    min_duration_ms = d.get("min_duration_ms", UNSET)
    if min_duration_ms.__class__ is not int and min_duration_ms is not UNSET:
        min_duration_ms = _read_min_duration_ms(cls, d)

    max_duration_ms = d.get("max_duration_ms", UNSET)
    if max_duration_ms.__class__ is not int and max_duration_ms is not UNSET:
        max_duration_ms = _read_max_duration_ms(cls, d)

    max_lines_per_cue = d.get("max_lines_per_cue", UNSET)
    if max_lines_per_cue.__class__ is not int and max_lines_per_cue is not UNSET:
        max_lines_per_cue = _read_max_lines_per_cue(cls, d)

    max_chars_per_line = d.get("max_chars_per_line", UNSET)
    if max_chars_per_line.__class__ is not int and max_chars_per_line is not UNSET:
        max_chars_per_line = _read_max_chars_per_line(cls, d)

    max_chars_per_s = d.get("max_chars_per_s", UNSET)
    if max_chars_per_s.__class__ is not int and max_chars_per_s is not None and max_chars_per_s is not UNSET:
        max_chars_per_s = _read_max_chars_per_s(cls, d)

    min_gap_between_cues_frames = d.get("min_gap_between_cues_frames", UNSET)
    if (
        min_gap_between_cues_frames.__class__ is not int
        and min_gap_between_cues_frames is not None
        and min_gap_between_cues_frames is not UNSET
    ):
        min_gap_between_cues_frames = _read_min_gap_between_cues_frames(cls, d)

    return {
        "min_duration_ms": min_duration_ms,
        "max_duration_ms": max_duration_ms,
        "max_lines_per_cue": max_lines_per_cue,
        "max_chars_per_line": max_chars_per_line,
        "max_chars_per_s": max_chars_per_s,
        "min_gap_between_cues_frames": min_gap_between_cues_frames,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    CueOptionsRequest,
    _all_fields,
    {
        "min_duration_ms": _read_min_duration_ms,
        "max_duration_ms": _read_max_duration_ms,
        "max_lines_per_cue": _read_max_lines_per_cue,
        "max_chars_per_line": _read_max_chars_per_line,
        "max_chars_per_s": _read_max_chars_per_s,
        "min_gap_between_cues_frames": _read_min_gap_between_cues_frames,
        "additional_properties": _read_additional_properties,
    },
)
