from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        timestamp_ms = self.timestamp_ms

        type_ = self.type_

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if timestamp_ms is not None or "timestamp_ms" not in self._missing_fields:
            field_dict["timestamp_ms"] = timestamp_ms
        if type_ is not None or "type" not in self._missing_fields:
            field_dict["type"] = type_
        if description is not None or "description" not in self._missing_fields:
            field_dict["description"] = description
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        timestamp_ms = d.pop("timestamp_ms", MISSING)
        if timestamp_ms.__class__ is not int:
            if timestamp_ms is MISSING:
                timestamp_ms = missing_field(cls, "timestamp_ms")
                _missing += ("timestamp_ms",)
            else:
                timestamp_ms = unexpected_type(cls, "timestamp_ms", timestamp_ms, "an integer")

        type_ = d.pop("type", MISSING)
        if type_.__class__ is not str:
            if type_ is MISSING:
                type_ = missing_field(cls, "type")
                _missing += ("type",)
            else:
                type_ = unexpected_type(cls, "type", type_, "a string")

        description = d.pop("description", MISSING)
        if description.__class__ is not str:
            if description is MISSING:
                description = missing_field(cls, "description")
                _missing += ("description",)
            else:
                description = unexpected_type(cls, "description", description, "a string")

        video_key_moment = cls(
            timestamp_ms=timestamp_ms,
            type_=type_,
            description=description,
        )
        if _missing:
            video_key_moment._missing_fields = _missing
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
