from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SongSection")


@_attrs_define
class SongSection:
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

    def to_dict(self) -> dict[str, Any]:
        section_name = self.section_name

        positive_local_styles = self.positive_local_styles

        negative_local_styles = self.negative_local_styles

        duration_ms = self.duration_ms

        lines = self.lines

        source_from: dict[str, Any] | None | Unset
        if isinstance(self.source_from, Unset):
            source_from = UNSET
        elif isinstance(self.source_from, SectionSource):
            source_from = self.source_from.to_dict()
        else:
            source_from = self.source_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["section_name"] = section_name
        field_dict["positive_local_styles"] = positive_local_styles
        field_dict["negative_local_styles"] = negative_local_styles
        field_dict["duration_ms"] = duration_ms
        field_dict["lines"] = lines
        if source_from is not UNSET:
            field_dict["source_from"] = source_from
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        section_name = d.pop("section_name")

        positive_local_styles = cast(list[str], d.pop("positive_local_styles"))

        negative_local_styles = cast(list[str], d.pop("negative_local_styles"))

        duration_ms = d.pop("duration_ms")

        lines = cast(list[str], d.pop("lines"))

        def _parse_source_from(data: object) -> None | SectionSource | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            source_from_type_0 = SectionSource.from_dict(data)

            return source_from_type_0

        source_from = _parse_source_from(d.pop("source_from", UNSET))

        song_section = cls(
            section_name=section_name,
            positive_local_styles=positive_local_styles,
            negative_local_styles=negative_local_styles,
            duration_ms=duration_ms,
            lines=lines,
            source_from=source_from,
        )
        song_section.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.section_source import SectionSource
