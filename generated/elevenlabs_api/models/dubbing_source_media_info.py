from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="DubbingSourceMediaInfo")


@_attrs_define
class DubbingSourceMediaInfo:
    """Metadata about the project's source media.

    Attributes:
        filename (None | str | Unset): Original filename of the uploaded source media (null for URL sources).
        duration_s (float | None | Unset): Duration of the source media in seconds.
        has_video (bool | None | Unset): Whether the source media contains a video stream.
        mime_type (None | str | Unset): MIME type of the uploaded source media.
    """

    filename: None | str | Unset = UNSET

    duration_s: float | None | Unset = UNSET

    has_video: bool | None | Unset = UNSET

    mime_type: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename: Any
        try:
            filename = self.filename

        except (AttributeError, TypeError):
            filename = self.filename

        duration_s: Any
        try:
            duration_s = self.duration_s

        except (AttributeError, TypeError):
            duration_s = self.duration_s

        has_video: Any
        try:
            has_video = self.has_video

        except (AttributeError, TypeError):
            has_video = self.has_video

        mime_type: Any
        try:
            mime_type = self.mime_type

        except (AttributeError, TypeError):
            mime_type = self.mime_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if filename is not UNSET:
            field_dict["filename"] = filename
        if duration_s is not UNSET:
            field_dict["duration_s"] = duration_s
        if has_video is not UNSET:
            field_dict["has_video"] = has_video
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        filename = d.pop("filename", UNSET)
        if filename.__class__ is not str and filename is not None and filename is not UNSET:
            filename = unexpected_type(cls, "filename", filename, "a string or null")

        duration_s = d.pop("duration_s", UNSET)
        if (
            duration_s.__class__ is not float
            and duration_s.__class__ is not int
            and duration_s is not None
            and duration_s is not UNSET
        ):
            duration_s = unexpected_type(cls, "duration_s", duration_s, "a number or null")

        has_video = d.pop("has_video", UNSET)
        if has_video.__class__ is not bool and has_video is not None and has_video is not UNSET:
            has_video = unexpected_type(cls, "has_video", has_video, "a boolean or null")

        mime_type = d.pop("mime_type", UNSET)
        if mime_type.__class__ is not str and mime_type is not None and mime_type is not UNSET:
            mime_type = unexpected_type(cls, "mime_type", mime_type, "a string or null")

        dubbing_source_media_info = cls(
            filename=filename,
            duration_s=duration_s,
            has_video=has_video,
            mime_type=mime_type,
        )
        dubbing_source_media_info.additional_properties = d
        return dubbing_source_media_info

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
