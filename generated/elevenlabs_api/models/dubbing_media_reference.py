from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DubbingMediaReference")


@_attrs_define
class DubbingMediaReference:
    """Attributes:
    src (str):
    content_type (str):
    bucket_name (str):
    random_path_slug (str):
    duration_secs (float):
    is_audio (bool):
    url (str):
    """

    src: str

    content_type: str

    bucket_name: str

    random_path_slug: str

    duration_secs: float

    is_audio: bool

    url: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        src = self.src

        content_type = self.content_type

        bucket_name = self.bucket_name

        random_path_slug = self.random_path_slug

        duration_secs = self.duration_secs

        is_audio = self.is_audio

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["src"] = src
        field_dict["content_type"] = content_type
        field_dict["bucket_name"] = bucket_name
        field_dict["random_path_slug"] = random_path_slug
        field_dict["duration_secs"] = duration_secs
        field_dict["is_audio"] = is_audio
        field_dict["url"] = url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        src = d.pop("src")

        content_type = d.pop("content_type")

        bucket_name = d.pop("bucket_name")

        random_path_slug = d.pop("random_path_slug")

        duration_secs = d.pop("duration_secs")

        is_audio = d.pop("is_audio")

        url = d.pop("url")

        dubbing_media_reference = cls(
            src=src,
            content_type=content_type,
            bucket_name=bucket_name,
            random_path_slug=random_path_slug,
            duration_secs=duration_secs,
            is_audio=is_audio,
            url=url,
        )
        dubbing_media_reference.additional_properties = d
        return dubbing_media_reference

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
