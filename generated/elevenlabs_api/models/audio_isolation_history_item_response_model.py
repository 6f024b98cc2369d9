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

T = TypeVar("T", bound="AudioIsolationHistoryItemResponseModel")


@_attrs_define
class AudioIsolationHistoryItemResponseModel:
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

    title: None | str

    created_at_unix: int

    format_: str

    duration_seconds: float | None

    download_url: None | str

    icon_url: None | str

    source_video_url: None | str

    supports_video: bool

    processing: bool

    video_processing_failed: bool

    preview_b64: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        title = d.pop("title", MISSING)
        if title.__class__ is not str and title is not None:
            if title is MISSING:
                title = missing_field(cls, "title")
                _missing += ("title",)
            else:
                title = unexpected_type(cls, "title", title, "a string or null")

        created_at_unix = d.pop("created_at_unix", MISSING)
        if created_at_unix.__class__ is not int:
            if created_at_unix is MISSING:
                created_at_unix = missing_field(cls, "created_at_unix")
                _missing += ("created_at_unix",)
            else:
                created_at_unix = unexpected_type(cls, "created_at_unix", created_at_unix, "an integer")

        format_ = d.pop("format", MISSING)
        if format_.__class__ is not str:
            if format_ is MISSING:
                format_ = missing_field(cls, "format")
                _missing += ("format",)
            else:
                format_ = unexpected_type(cls, "format", format_, "a string")

        duration_seconds = d.pop("duration_seconds", MISSING)
        if (
            duration_seconds.__class__ is not float
            and duration_seconds.__class__ is not int
            and duration_seconds is not None
        ):
            if duration_seconds is MISSING:
                duration_seconds = missing_field(cls, "duration_seconds")
                _missing += ("duration_seconds",)
            else:
                duration_seconds = unexpected_type(cls, "duration_seconds", duration_seconds, "a number or null")

        download_url = d.pop("download_url", MISSING)
        if download_url.__class__ is not str and download_url is not None:
            if download_url is MISSING:
                download_url = missing_field(cls, "download_url")
                _missing += ("download_url",)
            else:
                download_url = unexpected_type(cls, "download_url", download_url, "a string or null")

        icon_url = d.pop("icon_url", MISSING)
        if icon_url.__class__ is not str and icon_url is not None:
            if icon_url is MISSING:
                icon_url = missing_field(cls, "icon_url")
                _missing += ("icon_url",)
            else:
                icon_url = unexpected_type(cls, "icon_url", icon_url, "a string or null")

        source_video_url = d.pop("source_video_url", MISSING)
        if source_video_url.__class__ is not str and source_video_url is not None:
            if source_video_url is MISSING:
                source_video_url = missing_field(cls, "source_video_url")
                _missing += ("source_video_url",)
            else:
                source_video_url = unexpected_type(cls, "source_video_url", source_video_url, "a string or null")

        supports_video = d.pop("supports_video", MISSING)
        if supports_video.__class__ is not bool:
            if supports_video is MISSING:
                supports_video = missing_field(cls, "supports_video")
                _missing += ("supports_video",)
            else:
                supports_video = unexpected_type(cls, "supports_video", supports_video, "a boolean")

        processing = d.pop("processing", MISSING)
        if processing.__class__ is not bool:
            if processing is MISSING:
                processing = missing_field(cls, "processing")
                _missing += ("processing",)
            else:
                processing = unexpected_type(cls, "processing", processing, "a boolean")

        video_processing_failed = d.pop("video_processing_failed", MISSING)
        if video_processing_failed.__class__ is not bool:
            if video_processing_failed is MISSING:
                video_processing_failed = missing_field(cls, "video_processing_failed")
                _missing += ("video_processing_failed",)
            else:
                video_processing_failed = unexpected_type(
                    cls, "video_processing_failed", video_processing_failed, "a boolean"
                )

        preview_b64 = d.pop("preview_b64", MISSING)
        if preview_b64.__class__ is not str and preview_b64 is not None:
            if preview_b64 is MISSING:
                preview_b64 = missing_field(cls, "preview_b64")
                _missing += ("preview_b64",)
            else:
                preview_b64 = unexpected_type(cls, "preview_b64", preview_b64, "a string or null")

        audio_isolation_history_item_response_model = cls(
            id=id,
            title=title,
            created_at_unix=created_at_unix,
            format_=format_,
            duration_seconds=duration_seconds,
            download_url=download_url,
            icon_url=icon_url,
            source_video_url=source_video_url,
            supports_video=supports_video,
            processing=processing,
            video_processing_failed=video_processing_failed,
            preview_b64=preview_b64,
        )
        if _missing:
            audio_isolation_history_item_response_model._missing_fields = _missing
        audio_isolation_history_item_response_model.additional_properties = d
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
