from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    check_items,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyTranslatesAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdTranslatePost")


@_attrs_define
class BodyTranslatesAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdTranslatePost:
    """Attributes:
    segments (list[str]): Translate only this list of segments.
    languages (list[str] | None): Translate only these languages for each segment.
    """

    segments: list[str]

    languages: list[str] | None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        segments = d.pop("segments", MISSING)
        if segments.__class__ is not list:
            if segments is MISSING:
                segments = missing_field(cls, "segments")
                _missing += ("segments",)
            else:
                segments = unexpected_type(cls, "segments", segments, "an array")
        elif segments.__class__ is list and segments:
            check_items(cls, "segments", segments, (str,), "a string")

        languages = d.pop("languages", MISSING)
        if languages.__class__ is not list and languages is not None:
            if languages is MISSING:
                languages = missing_field(cls, "languages")
                _missing += ("languages",)
            else:
                languages = unexpected_type(cls, "languages", languages, "an array or null")
        elif languages.__class__ is list and languages:
            check_items(cls, "languages", languages, (str,), "a string")

        body_translates_all_or_some_segments_and_languages_v1_dubbing_resource_dubbing_id_translate_post = cls(
            segments=segments,
            languages=languages,
        )
        if _missing:
            body_translates_all_or_some_segments_and_languages_v1_dubbing_resource_dubbing_id_translate_post._missing_fields = _missing
        body_translates_all_or_some_segments_and_languages_v1_dubbing_resource_dubbing_id_translate_post.additional_properties = d
        return body_translates_all_or_some_segments_and_languages_v1_dubbing_resource_dubbing_id_translate_post

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
