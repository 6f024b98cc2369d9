from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, missing_field

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
        if id is not None:
            field_dict["id"] = id
        field_dict["title"] = title
        if created_at_unix is not None:
            field_dict["created_at_unix"] = created_at_unix
        if format_ is not None:
            field_dict["format"] = format_
        field_dict["duration_seconds"] = duration_seconds
        field_dict["download_url"] = download_url
        field_dict["icon_url"] = icon_url
        field_dict["source_video_url"] = source_video_url
        if supports_video is not None:
            field_dict["supports_video"] = supports_video
        if processing is not None:
            field_dict["processing"] = processing
        if video_processing_failed is not None:
            field_dict["video_processing_failed"] = video_processing_failed
        field_dict["preview_b64"] = preview_b64
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", MISSING)
        if id is MISSING:
            id = missing_field(cls, "id")

        title = d.pop("title", MISSING)
        if title is MISSING:
            title = missing_field(cls, "title")

        created_at_unix = d.pop("created_at_unix", MISSING)
        if created_at_unix is MISSING:
            created_at_unix = missing_field(cls, "created_at_unix")

        format_ = d.pop("format", MISSING)
        if format_ is MISSING:
            format_ = missing_field(cls, "format")

        duration_seconds = d.pop("duration_seconds", MISSING)
        if duration_seconds is MISSING:
            duration_seconds = missing_field(cls, "duration_seconds")

        download_url = d.pop("download_url", MISSING)
        if download_url is MISSING:
            download_url = missing_field(cls, "download_url")

        icon_url = d.pop("icon_url", MISSING)
        if icon_url is MISSING:
            icon_url = missing_field(cls, "icon_url")

        source_video_url = d.pop("source_video_url", MISSING)
        if source_video_url is MISSING:
            source_video_url = missing_field(cls, "source_video_url")

        supports_video = d.pop("supports_video", MISSING)
        if supports_video is MISSING:
            supports_video = missing_field(cls, "supports_video")

        processing = d.pop("processing", MISSING)
        if processing is MISSING:
            processing = missing_field(cls, "processing")

        video_processing_failed = d.pop("video_processing_failed", MISSING)
        if video_processing_failed is MISSING:
            video_processing_failed = missing_field(cls, "video_processing_failed")

        preview_b64 = d.pop("preview_b64", MISSING)
        if preview_b64 is MISSING:
            preview_b64 = missing_field(cls, "preview_b64")

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
