from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AudioIsolationHistoryItemResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AudioIsolationHistoryItemResponseModel(Lazy):
    """Attributes:
    id (str):
    title (None | str):
    created_at_unix (int):
    format_ (str):
    duration_seconds (float | None):
    download_url (None | str):
    icon_url (None | str):
    source_video_url (None | str):
    supports_video (bool):
    processing (bool):
    video_processing_failed (bool):
    preview_b64 (None | str):
    """

    id: str

    title: None | str = _attrs_field(default=None, kw_only=True)

    created_at_unix: int

    format_: str

    duration_seconds: float | None = _attrs_field(default=None, kw_only=True)

    download_url: None | str = _attrs_field(default=None, kw_only=True)

    icon_url: None | str = _attrs_field(default=None, kw_only=True)

    source_video_url: None | str = _attrs_field(default=None, kw_only=True)

    supports_video: bool

    processing: bool

    video_processing_failed: bool

    preview_b64: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "title",
        "created_at_unix",
        "format",
        "duration_seconds",
        "download_url",
        "icon_url",
        "source_video_url",
        "supports_video",
        "processing",
        "video_processing_failed",
        "preview_b64",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        id = self.id

        title: Any
        try:
            title = self.title

        except (AttributeError, TypeError):
            title = self.title

        created_at_unix = self.created_at_unix

        format_ = self.format_

        duration_seconds: Any
        try:
            duration_seconds = self.duration_seconds

        except (AttributeError, TypeError):
            duration_seconds = self.duration_seconds

        download_url: Any
        try:
            download_url = self.download_url

        except (AttributeError, TypeError):
            download_url = self.download_url

        icon_url: Any
        try:
            icon_url = self.icon_url

        except (AttributeError, TypeError):
            icon_url = self.icon_url

        source_video_url: Any
        try:
            source_video_url = self.source_video_url

        except (AttributeError, TypeError):
            source_video_url = self.source_video_url

        supports_video = self.supports_video

        processing = self.processing

        video_processing_failed = self.video_processing_failed

        preview_b64: Any
        try:
            preview_b64 = self.preview_b64

        except (AttributeError, TypeError):
            preview_b64 = self.preview_b64

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if title is not None or "title" not in self._missing_fields:
            field_dict["title"] = title
        if created_at_unix is not None or "created_at_unix" not in self._missing_fields:
            field_dict["created_at_unix"] = created_at_unix
        if format_ is not None or "format" not in self._missing_fields:
            field_dict["format"] = format_
        if duration_seconds is not None or "duration_seconds" not in self._missing_fields:
            field_dict["duration_seconds"] = duration_seconds
        if download_url is not None or "download_url" not in self._missing_fields:
            field_dict["download_url"] = download_url
        if icon_url is not None or "icon_url" not in self._missing_fields:
            field_dict["icon_url"] = icon_url
        if source_video_url is not None or "source_video_url" not in self._missing_fields:
            field_dict["source_video_url"] = source_video_url
        if supports_video is not None or "supports_video" not in self._missing_fields:
            field_dict["supports_video"] = supports_video
        if processing is not None or "processing" not in self._missing_fields:
            field_dict["processing"] = processing
        if video_processing_failed is not None or "video_processing_failed" not in self._missing_fields:
            field_dict["video_processing_failed"] = video_processing_failed
        if preview_b64 is not None or "preview_b64" not in self._missing_fields:
            field_dict["preview_b64"] = preview_b64
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        audio_isolation_history_item_response_model = cls.__new__(cls)
        audio_isolation_history_item_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return audio_isolation_history_item_response_model

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


_read_id = plain_reader("id", (str,), "a string", True)

_read_title = plain_reader(
    "title",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_created_at_unix = plain_reader("created_at_unix", (int,), "an integer", True)

_read_format_ = plain_reader("format", (str,), "a string", True)

_read_duration_seconds = plain_reader(
    "duration_seconds",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    True,
)

_read_download_url = plain_reader(
    "download_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_icon_url = plain_reader(
    "icon_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_source_video_url = plain_reader(
    "source_video_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_supports_video = plain_reader("supports_video", (bool,), "a boolean", True)

_read_processing = plain_reader("processing", (bool,), "a boolean", True)

_read_video_processing_failed = plain_reader("video_processing_failed", (bool,), "a boolean", True)

_read_preview_b64 = plain_reader(
    "preview_b64",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "title",
        "created_at_unix",
        "format",
        "duration_seconds",
        "download_url",
        "icon_url",
        "source_video_url",
        "supports_video",
        "processing",
        "video_processing_failed",
        "preview_b64",
    )
)


def _read_additional_properties(
    cls: type[AudioIsolationHistoryItemResponseModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AudioIsolationHistoryItemResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    title = d.get("title", MISSING)
    if title.__class__ is not str and title is not None:
        title = _read_title(cls, d)

    created_at_unix = d.get("created_at_unix", MISSING)
    if created_at_unix.__class__ is not int:
        created_at_unix = _read_created_at_unix(cls, d)

    format_ = d.get("format", MISSING)
    if format_.__class__ is not str:
        format_ = _read_format_(cls, d)

    duration_seconds = d.get("duration_seconds", MISSING)
    if (
        duration_seconds.__class__ is not float
        and duration_seconds.__class__ is not int
        and duration_seconds is not None
    ):
        duration_seconds = _read_duration_seconds(cls, d)

    download_url = d.get("download_url", MISSING)
    if download_url.__class__ is not str and download_url is not None:
        download_url = _read_download_url(cls, d)

    icon_url = d.get("icon_url", MISSING)
    if icon_url.__class__ is not str and icon_url is not None:
        icon_url = _read_icon_url(cls, d)

    source_video_url = d.get("source_video_url", MISSING)
    if source_video_url.__class__ is not str and source_video_url is not None:
        source_video_url = _read_source_video_url(cls, d)

    supports_video = d.get("supports_video", MISSING)
    if supports_video.__class__ is not bool:
        supports_video = _read_supports_video(cls, d)

    processing = d.get("processing", MISSING)
    if processing.__class__ is not bool:
        processing = _read_processing(cls, d)

    video_processing_failed = d.get("video_processing_failed", MISSING)
    if video_processing_failed.__class__ is not bool:
        video_processing_failed = _read_video_processing_failed(cls, d)

    preview_b64 = d.get("preview_b64", MISSING)
    if preview_b64.__class__ is not str and preview_b64 is not None:
        preview_b64 = _read_preview_b64(cls, d)

    return {
        "id": id,
        "title": title,
        "created_at_unix": created_at_unix,
        "format_": format_,
        "duration_seconds": duration_seconds,
        "download_url": download_url,
        "icon_url": icon_url,
        "source_video_url": source_video_url,
        "supports_video": supports_video,
        "processing": processing,
        "video_processing_failed": video_processing_failed,
        "preview_b64": preview_b64,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AudioIsolationHistoryItemResponseModel,
    _all_fields,
    {
        "id": _read_id,
        "title": _read_title,
        "created_at_unix": _read_created_at_unix,
        "format_": _read_format_,
        "duration_seconds": _read_duration_seconds,
        "download_url": _read_download_url,
        "icon_url": _read_icon_url,
        "source_video_url": _read_source_video_url,
        "supports_video": _read_supports_video,
        "processing": _read_processing,
        "video_processing_failed": _read_video_processing_failed,
        "preview_b64": _read_preview_b64,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
