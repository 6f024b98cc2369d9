from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, missing_field

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
        if timestamp_ms is not None:
            field_dict["timestamp_ms"] = timestamp_ms
        if type_ is not None:
            field_dict["type"] = type_
        if description is not None:
            field_dict["description"] = description
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        timestamp_ms = d.pop("timestamp_ms", MISSING)
        if timestamp_ms is MISSING:
            timestamp_ms = missing_field(cls, "timestamp_ms")

        type_ = d.pop("type", MISSING)
        if type_ is MISSING:
            type_ = missing_field(cls, "type")

        description = d.pop("description", MISSING)
        if description is MISSING:
            description = missing_field(cls, "description")

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
