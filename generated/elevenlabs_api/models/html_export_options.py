from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="HtmlExportOptions")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class HtmlExportOptions(Lazy):
    """Attributes:
    format_ (Literal['html']):
    include_speakers (bool | Unset): Defaults to True on the server.
    include_timestamps (bool | Unset): Defaults to True on the server.
    segment_on_silence_longer_than_s (float | None | Unset):
    max_segment_duration_s (float | None | Unset):
    max_segment_chars (int | None | Unset):
    """

    format_: Literal["html"] = _attrs_field(
        default="html",
        kw_only=True,
        alias="format",
        validator=types.tag("HtmlExportOptions", "format", "html"),
    )

    include_speakers: bool | Unset = UNSET

    include_timestamps: bool | Unset = UNSET

    segment_on_silence_longer_than_s: float | None | Unset = UNSET

    max_segment_duration_s: float | None | Unset = UNSET

    max_segment_chars: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("format_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("format", "html")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        format_ = self.format_

        include_speakers = self.include_speakers

        include_timestamps = self.include_timestamps

        segment_on_silence_longer_than_s: Any
        try:
            segment_on_silence_longer_than_s = self.segment_on_silence_longer_than_s

        except (AttributeError, TypeError):
            segment_on_silence_longer_than_s = self.segment_on_silence_longer_than_s

        max_segment_duration_s: Any
        try:
            max_segment_duration_s = self.max_segment_duration_s

        except (AttributeError, TypeError):
            max_segment_duration_s = self.max_segment_duration_s

        max_segment_chars: Any
        try:
            max_segment_chars = self.max_segment_chars

        except (AttributeError, TypeError):
            max_segment_chars = self.max_segment_chars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["format"] = format_
        if include_speakers is not UNSET:
            field_dict["include_speakers"] = include_speakers
        if include_timestamps is not UNSET:
            field_dict["include_timestamps"] = include_timestamps
        if segment_on_silence_longer_than_s is not UNSET:
            field_dict["segment_on_silence_longer_than_s"] = segment_on_silence_longer_than_s
        if max_segment_duration_s is not UNSET:
            field_dict["max_segment_duration_s"] = max_segment_duration_s
        if max_segment_chars is not UNSET:
            field_dict["max_segment_chars"] = max_segment_chars
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        html_export_options = cls.__new__(cls)
        html_export_options.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return html_export_options

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


def _read_format_(cls: type[HtmlExportOptions], d: Mapping[str, Any]) -> Any:
    format__raw = d.get("format", MISSING)
    if format__raw is MISSING:
        format__raw = missing_field(cls, "format")
    format_ = cast(Literal["html"], format__raw)
    if format_ != "html":
        raise ValueError(f"format must match const 'html', got '{format_}'")

    return format_


_read_include_speakers = plain_reader("include_speakers", (bool,), "a boolean", False)

_read_include_timestamps = plain_reader("include_timestamps", (bool,), "a boolean", False)

_read_segment_on_silence_longer_than_s = plain_reader(
    "segment_on_silence_longer_than_s",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_max_segment_duration_s = plain_reader(
    "max_segment_duration_s",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_max_segment_chars = plain_reader(
    "max_segment_chars",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "format",
        "include_speakers",
        "include_timestamps",
        "segment_on_silence_longer_than_s",
        "max_segment_duration_s",
        "max_segment_chars",
    )
)


def _read_additional_properties(cls: type[HtmlExportOptions], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[HtmlExportOptions], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "format_" in known:
        format_ = known["format_"]
    else:
        format_ = _read_format_(cls, d)

    include_speakers = d.get("include_speakers", UNSET)
    if include_speakers.__class__ is not bool and include_speakers is not UNSET:
        include_speakers = _read_include_speakers(cls, d)

    include_timestamps = d.get("include_timestamps", UNSET)
    if include_timestamps.__class__ is not bool and include_timestamps is not UNSET:
        include_timestamps = _read_include_timestamps(cls, d)

    segment_on_silence_longer_than_s = d.get("segment_on_silence_longer_than_s", UNSET)
    if (
        segment_on_silence_longer_than_s.__class__ is not float
        and segment_on_silence_longer_than_s.__class__ is not int
        and segment_on_silence_longer_than_s is not None
        and segment_on_silence_longer_than_s is not UNSET
    ):
        segment_on_silence_longer_than_s = _read_segment_on_silence_longer_than_s(cls, d)

    max_segment_duration_s = d.get("max_segment_duration_s", UNSET)
    if (
        max_segment_duration_s.__class__ is not float
        and max_segment_duration_s.__class__ is not int
        and max_segment_duration_s is not None
        and max_segment_duration_s is not UNSET
    ):
        max_segment_duration_s = _read_max_segment_duration_s(cls, d)

    max_segment_chars = d.get("max_segment_chars", UNSET)
    if max_segment_chars.__class__ is not int and max_segment_chars is not None and max_segment_chars is not UNSET:
        max_segment_chars = _read_max_segment_chars(cls, d)

    return {
        "format_": format_,
        "include_speakers": include_speakers,
        "include_timestamps": include_timestamps,
        "segment_on_silence_longer_than_s": segment_on_silence_longer_than_s,
        "max_segment_duration_s": max_segment_duration_s,
        "max_segment_chars": max_segment_chars,
        "additional_properties": _read_additional_properties(cls, d),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(HtmlExportOptions, format_="format")

set_readers(
    HtmlExportOptions,
    _all_fields,
    {
        "format_": _read_format_,
        "include_speakers": _read_include_speakers,
        "include_timestamps": _read_include_timestamps,
        "segment_on_silence_longer_than_s": _read_segment_on_silence_longer_than_s,
        "max_segment_duration_s": _read_max_segment_duration_s,
        "max_segment_chars": _read_max_segment_chars,
        "additional_properties": _read_additional_properties,
    },
)
