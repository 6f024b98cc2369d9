from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, deviating_field, missing_field

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

        range_: Any
        try:
            range_ = self.range_.to_dict()
        except (AttributeError, TypeError):
            range_ = self.range_

        negative_ranges: Any
        try:
            negative_ranges = UNSET
            if not isinstance(self.negative_ranges, Unset):
                negative_ranges = []
                for negative_ranges_item_data in self.negative_ranges:
                    negative_ranges_item = negative_ranges_item_data.to_dict()
                    negative_ranges.append(negative_ranges_item)

        except (AttributeError, TypeError):
            negative_ranges = self.negative_ranges

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if song_id is not None:
            field_dict["song_id"] = song_id
        if range_ is not None:
            field_dict["range"] = range_
        if negative_ranges is not UNSET:
            field_dict["negative_ranges"] = negative_ranges
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        song_id = d.pop("song_id", MISSING)
        if song_id is MISSING:
            song_id = missing_field(cls, "song_id")

        range__raw = d.pop("range", MISSING)
        if range__raw is MISSING:
            range__raw = missing_field(cls, "range")
        try:
            range_ = TimeRange.from_dict(range__raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            range_ = deviating_field(cls, "range", range__raw)

        negative_ranges_raw = d.pop("negative_ranges", UNSET)
        try:
            _negative_ranges = negative_ranges_raw
            negative_ranges: list[TimeRange] | Unset = UNSET
            if _negative_ranges is not UNSET:
                negative_ranges = []
                for negative_ranges_item_data in _negative_ranges:
                    negative_ranges_item = TimeRange.from_dict(negative_ranges_item_data)

                    negative_ranges.append(negative_ranges_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            negative_ranges = deviating_field(cls, "negative_ranges", negative_ranges_raw)

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
