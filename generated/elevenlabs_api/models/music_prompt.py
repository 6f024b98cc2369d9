from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MusicPrompt")


@_attrs_define
class MusicPrompt:
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

    def to_dict(self) -> dict[str, Any]:
        positive_global_styles = self.positive_global_styles

        negative_global_styles = self.negative_global_styles

        sections = []
        for sections_item_data in self.sections:
            sections_item = sections_item_data.to_dict()
            sections.append(sections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["positive_global_styles"] = positive_global_styles
        field_dict["negative_global_styles"] = negative_global_styles
        field_dict["sections"] = sections
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        positive_global_styles = cast(list[str], d.pop("positive_global_styles"))

        negative_global_styles = cast(list[str], d.pop("negative_global_styles"))

        sections = []
        _sections = d.pop("sections")
        for sections_item_data in _sections:
            sections_item = SongSection.from_dict(sections_item_data)

            sections.append(sections_item)

        music_prompt = cls(
            positive_global_styles=positive_global_styles,
            negative_global_styles=negative_global_styles,
            sections=sections,
        )
        music_prompt.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.song_section import SongSection
