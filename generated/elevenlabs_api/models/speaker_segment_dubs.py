from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    deviating_field,
)

T = TypeVar("T", bound="SpeakerSegmentDubs")


@_attrs_define
class SpeakerSegmentDubs:
    additional_properties: dict[str, DubbedSegment] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            try:
                field_dict[prop_name] = prop.to_dict()
            except (AttributeError, TypeError):  # a value kept as it came (not strict) goes back as it came
                field_dict[prop_name] = prop
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        speaker_segment_dubs = cls()
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:
                additional_property = DubbedSegment.from_dict(prop_dict)

            except (KeyError, TypeError, ValueError, AttributeError):
                additional_property = deviating_field(cls, prop_name, prop_dict)
            additional_properties[prop_name] = additional_property
        speaker_segment_dubs.additional_properties = additional_properties
        return speaker_segment_dubs

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> DubbedSegment:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: DubbedSegment) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbed_segment import DubbedSegment
