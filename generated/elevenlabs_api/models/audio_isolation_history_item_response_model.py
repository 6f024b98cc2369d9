from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        title: None | str = self.title

        created_at_unix = self.created_at_unix

        format_ = self.format_

        duration_seconds: float | None = self.duration_seconds

        download_url: None | str = self.download_url

        icon_url: None | str = self.icon_url

        source_video_url: None | str = self.source_video_url

        supports_video = self.supports_video

        processing = self.processing

        video_processing_failed = self.video_processing_failed

        preview_b64: None | str = self.preview_b64

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["title"] = title
        field_dict["created_at_unix"] = created_at_unix
        field_dict["format"] = format_
        field_dict["duration_seconds"] = duration_seconds
        field_dict["download_url"] = download_url
        field_dict["icon_url"] = icon_url
        field_dict["source_video_url"] = source_video_url
        field_dict["supports_video"] = supports_video
        field_dict["processing"] = processing
        field_dict["video_processing_failed"] = video_processing_failed
        field_dict["preview_b64"] = preview_b64
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        created_at_unix = d.pop("created_at_unix")

        format_ = d.pop("format")

        duration_seconds = d.pop("duration_seconds")

        download_url = d.pop("download_url")

        icon_url = d.pop("icon_url")

        source_video_url = d.pop("source_video_url")

        supports_video = d.pop("supports_video")

        processing = d.pop("processing")

        video_processing_failed = d.pop("video_processing_failed")

        preview_b64 = d.pop("preview_b64")

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
