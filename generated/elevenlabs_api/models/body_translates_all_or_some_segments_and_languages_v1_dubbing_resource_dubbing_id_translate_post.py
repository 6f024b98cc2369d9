from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, deviating_field, missing_field

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
        if segments is not None:
            field_dict["segments"] = segments
        field_dict["languages"] = languages
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        segments_raw = d.pop("segments", MISSING)
        if segments_raw is MISSING:
            segments_raw = missing_field(cls, "segments")
        try:
            segments = cast(list[str], segments_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            segments = deviating_field(cls, "segments", segments_raw)

        languages_raw = d.pop("languages", MISSING)
        if languages_raw is MISSING:
            languages_raw = missing_field(cls, "languages")
        try:

            def _parse_languages(data: object) -> list[str] | None:
                if data is None:
                    return data

                if not isinstance(data, list):
                    raise TypeError(f"got {type(data).__name__}")
                languages_type_0 = cast(list[str], data)

                return languages_type_0

            languages = _parse_languages(languages_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            languages = deviating_field(cls, "languages", languages_raw)

        body_translates_all_or_some_segments_and_languages_v1_dubbing_resource_dubbing_id_translate_post = cls(
            segments=segments,
            languages=languages,
        )
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
