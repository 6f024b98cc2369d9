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

T = TypeVar("T", bound="MusicPrompt")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class MusicPrompt(Lazy):
    """Composition plan for the `music_v1` model. Using this field with any other model will result in an error.

    Example:
        {'negative_global_styles': ['metal', 'hip-hop', 'country'], 'positive_global_styles': ['pop', 'rock', 'jazz'],
        'sections': [{'duration_ms': 10000, 'lines': ['Verse 1 lyrics'], 'negative_local_styles': ['metal', 'hip-hop',
        'country'], 'positive_local_styles': ['pop', 'rock', 'jazz'], 'section_name': 'Verse 1'}]}

    Attributes:
        positive_global_styles (list[str]): The styles and musical directions that should be present in the entire song.
            Use English language for best result.
        negative_global_styles (list[str]): The styles and musical directions that should not be present in the entire
            song. Use English language for best result.
        sections (list[SongSection]): The sections of the song.
    """

    positive_global_styles: list[str]

    negative_global_styles: list[str]

    sections: list[SongSection]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "positive_global_styles",
        "negative_global_styles",
        "sections",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        positive_global_styles: Any
        try:
            positive_global_styles = self.positive_global_styles

        except (AttributeError, TypeError):
            positive_global_styles = self.positive_global_styles

        negative_global_styles: Any
        try:
            negative_global_styles = self.negative_global_styles

        except (AttributeError, TypeError):
            negative_global_styles = self.negative_global_styles

        sections: Any
        try:
            sections = []
            for sections_item_data in self.sections:
                sections_item = sections_item_data.to_dict()
                sections.append(sections_item)

        except (AttributeError, TypeError):
            sections = self.sections

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if positive_global_styles is not None or "positive_global_styles" not in self._missing_fields:
            field_dict["positive_global_styles"] = positive_global_styles
        if negative_global_styles is not None or "negative_global_styles" not in self._missing_fields:
            field_dict["negative_global_styles"] = negative_global_styles
        if sections is not None or "sections" not in self._missing_fields:
            field_dict["sections"] = sections
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        music_prompt = cls.__new__(cls)
        music_prompt.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return music_prompt

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


_read_positive_global_styles = plain_reader("positive_global_styles", (list,), "an array", True, ((str,), "a string"))

_read_negative_global_styles = plain_reader("negative_global_styles", (list,), "an array", True, ((str,), "a string"))


def _read_sections(cls: type[MusicPrompt], d: Mapping[str, Any]) -> Any:
    sections_raw = d.get("sections", MISSING)
    if sections_raw is MISSING:
        sections = missing_field(cls, "sections")
    else:
        try:
            expect_array("sections", sections_raw)
            sections = []
            _sections = sections_raw
            for sections_item_data in _sections:
                sections_item = SongSection.from_dict(sections_item_data)

                sections.append(sections_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            sections = deviating_field(cls, "sections", sections_raw)

    return sections


_FIELDS: frozenset[str] = frozenset(
    (
        "positive_global_styles",
        "negative_global_styles",
        "sections",
    )
)


def _read_additional_properties(cls: type[MusicPrompt], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[MusicPrompt], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    positive_global_styles = d.get("positive_global_styles", MISSING)
    if positive_global_styles.__class__ is not list:
        positive_global_styles = _read_positive_global_styles(cls, d)
    elif positive_global_styles.__class__ is list and positive_global_styles:
        check_items(cls, "positive_global_styles", positive_global_styles, (str,), "a string")

    negative_global_styles = d.get("negative_global_styles", MISSING)
    if negative_global_styles.__class__ is not list:
        negative_global_styles = _read_negative_global_styles(cls, d)
    elif negative_global_styles.__class__ is list and negative_global_styles:
        check_items(cls, "negative_global_styles", negative_global_styles, (str,), "a string")

    if "sections" in known:
        sections = known["sections"]
    else:
        sections = _read_sections(cls, d)

    return {
        "positive_global_styles": positive_global_styles,
        "negative_global_styles": negative_global_styles,
        "sections": sections,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    MusicPrompt,
    _all_fields,
    {
        "positive_global_styles": _read_positive_global_styles,
        "negative_global_styles": _read_negative_global_styles,
        "sections": _read_sections,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.song_section import SongSection
