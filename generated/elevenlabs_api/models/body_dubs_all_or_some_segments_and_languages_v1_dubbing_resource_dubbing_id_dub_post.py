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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyDubsAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdDubPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyDubsAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdDubPost(Lazy):
    """Attributes:
    segments (list[str]): Dub only this list of segments.
    languages (list[str] | None): Dub only these languages for each segment.
    """

    segments: list[str]

    languages: list[str] | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "segments",
        "languages",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        segments: Any
        try:
            segments = self.segments

        except (AttributeError, TypeError):
            segments = self.segments

        languages: Any
        try:
            if isinstance(self.languages, list):
                languages = self.languages

            else:
                languages = self.languages

        except (AttributeError, TypeError):
            languages = self.languages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if segments is not None or "segments" not in self._missing_fields:
            field_dict["segments"] = segments
        if languages is not None or "languages" not in self._missing_fields:
            field_dict["languages"] = languages
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_dubs_all_or_some_segments_and_languages_v1_dubbing_resource_dubbing_id_dub_post = cls.__new__(cls)
        body_dubs_all_or_some_segments_and_languages_v1_dubbing_resource_dubbing_id_dub_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_dubs_all_or_some_segments_and_languages_v1_dubbing_resource_dubbing_id_dub_post

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


_read_segments = plain_reader("segments", (list,), "an array", True, ((str,), "a string"))

_read_languages = plain_reader(
    "languages",
    (
        list,
        type(None),
    ),
    "an array or null",
    True,
    ((str,), "a string"),
)


_FIELDS: frozenset[str] = frozenset(
    (
        "segments",
        "languages",
    )
)


def _read_additional_properties(
    cls: type[BodyDubsAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdDubPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyDubsAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdDubPost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    segments = d.get("segments", MISSING)
    if segments.__class__ is not list:
        segments = _read_segments(cls, d)
    elif segments.__class__ is list and segments:
        check_items(cls, "segments", segments, (str,), "a string")

    languages = d.get("languages", MISSING)
    if languages.__class__ is not list and languages is not None:
        languages = _read_languages(cls, d)
    elif languages.__class__ is list and languages:
        check_items(cls, "languages", languages, (str,), "a string")

    return {
        "segments": segments,
        "languages": languages,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyDubsAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdDubPost,
    _all_fields,
    {
        "segments": _read_segments,
        "languages": _read_languages,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
