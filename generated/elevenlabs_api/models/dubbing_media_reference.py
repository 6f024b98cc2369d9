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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

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
        if src is not None or "src" not in self._missing_fields:
            field_dict["src"] = src
        if content_type is not None or "content_type" not in self._missing_fields:
            field_dict["content_type"] = content_type
        if bucket_name is not None or "bucket_name" not in self._missing_fields:
            field_dict["bucket_name"] = bucket_name
        if random_path_slug is not None or "random_path_slug" not in self._missing_fields:
            field_dict["random_path_slug"] = random_path_slug
        if duration_secs is not None or "duration_secs" not in self._missing_fields:
            field_dict["duration_secs"] = duration_secs
        if is_audio is not None or "is_audio" not in self._missing_fields:
            field_dict["is_audio"] = is_audio
        if url is not None or "url" not in self._missing_fields:
            field_dict["url"] = url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        src = d.pop("src", MISSING)
        if src.__class__ is not str:
            if src is MISSING:
                src = missing_field(cls, "src")
                _missing += ("src",)
            else:
                src = unexpected_type(cls, "src", src, "a string")

        content_type = d.pop("content_type", MISSING)
        if content_type.__class__ is not str:
            if content_type is MISSING:
                content_type = missing_field(cls, "content_type")
                _missing += ("content_type",)
            else:
                content_type = unexpected_type(cls, "content_type", content_type, "a string")

        bucket_name = d.pop("bucket_name", MISSING)
        if bucket_name.__class__ is not str:
            if bucket_name is MISSING:
                bucket_name = missing_field(cls, "bucket_name")
                _missing += ("bucket_name",)
            else:
                bucket_name = unexpected_type(cls, "bucket_name", bucket_name, "a string")

        random_path_slug = d.pop("random_path_slug", MISSING)
        if random_path_slug.__class__ is not str:
            if random_path_slug is MISSING:
                random_path_slug = missing_field(cls, "random_path_slug")
                _missing += ("random_path_slug",)
            else:
                random_path_slug = unexpected_type(cls, "random_path_slug", random_path_slug, "a string")

        duration_secs = d.pop("duration_secs", MISSING)
        if duration_secs.__class__ is not float and duration_secs.__class__ is not int:
            if duration_secs is MISSING:
                duration_secs = missing_field(cls, "duration_secs")
                _missing += ("duration_secs",)
            else:
                duration_secs = unexpected_type(cls, "duration_secs", duration_secs, "a number")

        is_audio = d.pop("is_audio", MISSING)
        if is_audio.__class__ is not bool:
            if is_audio is MISSING:
                is_audio = missing_field(cls, "is_audio")
                _missing += ("is_audio",)
            else:
                is_audio = unexpected_type(cls, "is_audio", is_audio, "a boolean")

        url = d.pop("url", MISSING)
        if url.__class__ is not str:
            if url is MISSING:
                url = missing_field(cls, "url")
                _missing += ("url",)
            else:
                url = unexpected_type(cls, "url", url, "a string")

        dubbing_media_reference = cls(
            src=src,
            content_type=content_type,
            bucket_name=bucket_name,
            random_path_slug=random_path_slug,
            duration_secs=duration_secs,
            is_audio=is_audio,
            url=url,
        )
        if _missing:
            dubbing_media_reference._missing_fields = _missing
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
