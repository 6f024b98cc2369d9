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

T = TypeVar("T", bound="DubbingMediaMetadata")


@_attrs_define
class DubbingMediaMetadata:
    """Attributes:
    content_type (str): The content type of the media.
    duration (float): The duration of the media in seconds.
    """

    content_type: str

    duration: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if content_type is not None or "content_type" not in self._missing_fields:
            field_dict["content_type"] = content_type
        if duration is not None or "duration" not in self._missing_fields:
            field_dict["duration"] = duration
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        content_type = d.pop("content_type", MISSING)
        if content_type.__class__ is not str:
            if content_type is MISSING:
                content_type = missing_field(cls, "content_type")
                _missing += ("content_type",)
            else:
                content_type = unexpected_type(cls, "content_type", content_type, "a string")

        duration = d.pop("duration", MISSING)
        if duration.__class__ is not float and duration.__class__ is not int:
            if duration is MISSING:
                duration = missing_field(cls, "duration")
                _missing += ("duration",)
            else:
                duration = unexpected_type(cls, "duration", duration, "a number")

        dubbing_media_metadata = cls(
            content_type=content_type,
            duration=duration,
        )
        if _missing:
            dubbing_media_metadata._missing_fields = _missing
        dubbing_media_metadata.additional_properties = d
        return dubbing_media_metadata

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
