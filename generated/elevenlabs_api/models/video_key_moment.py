from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VideoKeyMoment")


@_attrs_define
class VideoKeyMoment:
    """Attributes:
    timestamp_ms (int):
    type_ (str):
    description (str):
    """

    timestamp_ms: int

    type_: str

    description: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp_ms = self.timestamp_ms

        type_ = self.type_

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["timestamp_ms"] = timestamp_ms
        field_dict["type"] = type_
        field_dict["description"] = description
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        timestamp_ms = d.pop("timestamp_ms")

        type_ = d.pop("type")

        description = d.pop("description")

        video_key_moment = cls(
            timestamp_ms=timestamp_ms,
            type_=type_,
            description=description,
        )
        video_key_moment.additional_properties = d
        return video_key_moment

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
