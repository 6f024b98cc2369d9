from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SectionSource")


@_attrs_define
class SectionSource:
    """Attributes:
    song_id (str): The ID of the song to source the section from. You can find the song ID in the response headers
        when you generate a song.
    range_ (TimeRange):
    negative_ranges (list[TimeRange] | Unset): The ranges to exclude from the 'range'.
    """

    song_id: str

    range_: TimeRange

    negative_ranges: list[TimeRange] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        song_id = self.song_id

        range_ = self.range_.to_dict()

        negative_ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.negative_ranges, Unset):
            negative_ranges = []
            for negative_ranges_item_data in self.negative_ranges:
                negative_ranges_item = negative_ranges_item_data.to_dict()
                negative_ranges.append(negative_ranges_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["song_id"] = song_id
        field_dict["range"] = range_
        if negative_ranges is not UNSET:
            field_dict["negative_ranges"] = negative_ranges
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        song_id = d.pop("song_id")

        range_ = TimeRange.from_dict(d.pop("range"))

        _negative_ranges = d.pop("negative_ranges", UNSET)
        negative_ranges: list[TimeRange] | Unset = UNSET
        if _negative_ranges is not UNSET:
            negative_ranges = []
            for negative_ranges_item_data in _negative_ranges:
                negative_ranges_item = TimeRange.from_dict(negative_ranges_item_data)

                negative_ranges.append(negative_ranges_item)

        section_source = cls(
            song_id=song_id,
            range_=range_,
            negative_ranges=negative_ranges,
        )
        section_source.additional_properties = d
        return section_source

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
from ..models.time_range import TimeRange
