from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DubbingSourceMediaInfo")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DubbingSourceMediaInfo(Lazy):
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
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dubbing_source_media_info = cls.__new__(cls)
        dubbing_source_media_info.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_filename = plain_reader(
    "filename",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_duration_s = plain_reader(
    "duration_s",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_has_video = plain_reader(
    "has_video",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_mime_type = plain_reader(
    "mime_type",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "filename",
        "duration_s",
        "has_video",
        "mime_type",
    )
)


def _read_additional_properties(cls: type[DubbingSourceMediaInfo], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DubbingSourceMediaInfo], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    filename = d.get("filename", UNSET)
    if filename.__class__ is not str and filename is not None and filename is not UNSET:
        filename = _read_filename(cls, d)

    duration_s = d.get("duration_s", UNSET)
    if (
        duration_s.__class__ is not float
        and duration_s.__class__ is not int
        and duration_s is not None
        and duration_s is not UNSET
    ):
        duration_s = _read_duration_s(cls, d)

    has_video = d.get("has_video", UNSET)
    if has_video.__class__ is not bool and has_video is not None and has_video is not UNSET:
        has_video = _read_has_video(cls, d)

    mime_type = d.get("mime_type", UNSET)
    if mime_type.__class__ is not str and mime_type is not None and mime_type is not UNSET:
        mime_type = _read_mime_type(cls, d)

    return {
        "filename": filename,
        "duration_s": duration_s,
        "has_video": has_video,
        "mime_type": mime_type,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    DubbingSourceMediaInfo,
    _all_fields,
    {
        "filename": _read_filename,
        "duration_s": _read_duration_s,
        "has_video": _read_has_video,
        "mime_type": _read_mime_type,
        "additional_properties": _read_additional_properties,
    },
)
