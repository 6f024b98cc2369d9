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
    check_items,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SongSection")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SongSection(Lazy):
    """Attributes:
    section_name (str): The name of the section. Must be between 1 and 100 characters.
    positive_local_styles (list[str]): The styles and musical directions that should be present in this section. Use
        English language for best result.
    negative_local_styles (list[str]): The styles and musical directions that should not be present in this section.
        Use English language for best result.
    duration_ms (int): The duration of the section in milliseconds. Must be between 3000ms and 120000ms.
    lines (list[str]): The lyrics of the section. Max 30 lines per section and max 200 characters per line.
    source_from (None | SectionSource | Unset): Optional source to extract the section from. Used for inpainting.
    """

    section_name: str

    positive_local_styles: list[str]

    negative_local_styles: list[str]

    duration_ms: int

    lines: list[str]

    source_from: None | SectionSource | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "section_name",
        "positive_local_styles",
        "negative_local_styles",
        "duration_ms",
        "lines",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        section_name = self.section_name

        positive_local_styles: Any
        try:
            positive_local_styles = self.positive_local_styles

        except (AttributeError, TypeError):
            positive_local_styles = self.positive_local_styles

        negative_local_styles: Any
        try:
            negative_local_styles = self.negative_local_styles

        except (AttributeError, TypeError):
            negative_local_styles = self.negative_local_styles

        duration_ms = self.duration_ms

        lines: Any
        try:
            lines = self.lines

        except (AttributeError, TypeError):
            lines = self.lines

        source_from: Any
        try:
            if isinstance(self.source_from, Unset):
                source_from = UNSET
            elif isinstance(self.source_from, SectionSource):
                source_from = self.source_from.to_dict()
            else:
                source_from = self.source_from

        except (AttributeError, TypeError):
            source_from = self.source_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if section_name is not None or "section_name" not in self._missing_fields:
            field_dict["section_name"] = section_name
        if positive_local_styles is not None or "positive_local_styles" not in self._missing_fields:
            field_dict["positive_local_styles"] = positive_local_styles
        if negative_local_styles is not None or "negative_local_styles" not in self._missing_fields:
            field_dict["negative_local_styles"] = negative_local_styles
        if duration_ms is not None or "duration_ms" not in self._missing_fields:
            field_dict["duration_ms"] = duration_ms
        if lines is not None or "lines" not in self._missing_fields:
            field_dict["lines"] = lines
        if source_from is not UNSET:
            field_dict["source_from"] = source_from
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        song_section = cls.__new__(cls)
        song_section.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return song_section

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


_read_section_name = plain_reader("section_name", (str,), "a string", True)

_read_positive_local_styles = plain_reader("positive_local_styles", (list,), "an array", True, ((str,), "a string"))

_read_negative_local_styles = plain_reader("negative_local_styles", (list,), "an array", True, ((str,), "a string"))

_read_duration_ms = plain_reader("duration_ms", (int,), "an integer", True)

_read_lines = plain_reader("lines", (list,), "an array", True, ((str,), "a string"))


def _read_source_from(cls: type[SongSection], d: Mapping[str, Any]) -> Any:
    source_from_raw = d.get("source_from", UNSET)
    try:

        def _parse_source_from(data: object) -> None | SectionSource | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            source_from_type_0 = SectionSource.from_dict(data)

            return source_from_type_0

        source_from = _parse_source_from(source_from_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        source_from = deviating_field(cls, "source_from", source_from_raw)

    return source_from


_FIELDS: frozenset[str] = frozenset(
    (
        "section_name",
        "positive_local_styles",
        "negative_local_styles",
        "duration_ms",
        "lines",
        "source_from",
    )
)


def _read_additional_properties(cls: type[SongSection], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SongSection], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    section_name = d.get("section_name", MISSING)
    if section_name.__class__ is not str:
        section_name = _read_section_name(cls, d)

    positive_local_styles = d.get("positive_local_styles", MISSING)
    if positive_local_styles.__class__ is not list:
        positive_local_styles = _read_positive_local_styles(cls, d)
    elif positive_local_styles.__class__ is list and positive_local_styles:
        check_items(cls, "positive_local_styles", positive_local_styles, (str,), "a string")

    negative_local_styles = d.get("negative_local_styles", MISSING)
    if negative_local_styles.__class__ is not list:
        negative_local_styles = _read_negative_local_styles(cls, d)
    elif negative_local_styles.__class__ is list and negative_local_styles:
        check_items(cls, "negative_local_styles", negative_local_styles, (str,), "a string")

    duration_ms = d.get("duration_ms", MISSING)
    if duration_ms.__class__ is not int:
        duration_ms = _read_duration_ms(cls, d)

    lines = d.get("lines", MISSING)
    if lines.__class__ is not list:
        lines = _read_lines(cls, d)
    elif lines.__class__ is list and lines:
        check_items(cls, "lines", lines, (str,), "a string")

    if "source_from" in known:
        source_from = known["source_from"]
    else:
        source_from = d.get("source_from", UNSET)
        if source_from is not UNSET and source_from is not None:
            source_from = _read_source_from(cls, d)

    return {
        "section_name": section_name,
        "positive_local_styles": positive_local_styles,
        "negative_local_styles": negative_local_styles,
        "duration_ms": duration_ms,
        "lines": lines,
        "source_from": source_from,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SongSection,
    _all_fields,
    {
        "section_name": _read_section_name,
        "positive_local_styles": _read_positive_local_styles,
        "negative_local_styles": _read_negative_local_styles,
        "duration_ms": _read_duration_ms,
        "lines": _read_lines,
        "source_from": _read_source_from,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.section_source import SectionSource
