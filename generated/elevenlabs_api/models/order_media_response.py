from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="OrderMediaResponse")


@_attrs_define
class OrderMediaResponse:
    """Example:
        {'content_type': 'video/mp4', 'language': 'en', 'media_id': 'prodmedia_01jgb2zd68f8f9tfvbb968wb8z', 'name':
        'example.mp4', 'signed_url': 'https://storage.googleapis.com/example-bucket/media/example.mp4?X-Goog-
        Signature=...'}

    Attributes:
        media_id (str):
        name (str): The original filename of the uploaded media.
        content_type (str): The MIME type of the media file (e.g. 'video/mp4').
        signed_url (str): A time-limited URL to download the media file.
        language (None | str | Unset): The detected or declared language of the media, if available.
    """

    media_id: str

    name: str

    content_type: str

    signed_url: str

    language: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        media_id = self.media_id

        name = self.name

        content_type = self.content_type

        signed_url = self.signed_url

        language: Any
        try:
            language = self.language

        except (AttributeError, TypeError):
            language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if media_id is not None or "media_id" not in self._missing_fields:
            field_dict["media_id"] = media_id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if content_type is not None or "content_type" not in self._missing_fields:
            field_dict["content_type"] = content_type
        if signed_url is not None or "signed_url" not in self._missing_fields:
            field_dict["signed_url"] = signed_url
        if language is not UNSET:
            field_dict["language"] = language
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        media_id = d.pop("media_id", MISSING)
        if media_id.__class__ is not str:
            if media_id is MISSING:
                media_id = missing_field(cls, "media_id")
                _missing += ("media_id",)
            else:
                media_id = unexpected_type(cls, "media_id", media_id, "a string")

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        content_type = d.pop("content_type", MISSING)
        if content_type.__class__ is not str:
            if content_type is MISSING:
                content_type = missing_field(cls, "content_type")
                _missing += ("content_type",)
            else:
                content_type = unexpected_type(cls, "content_type", content_type, "a string")

        signed_url = d.pop("signed_url", MISSING)
        if signed_url.__class__ is not str:
            if signed_url is MISSING:
                signed_url = missing_field(cls, "signed_url")
                _missing += ("signed_url",)
            else:
                signed_url = unexpected_type(cls, "signed_url", signed_url, "a string")

        language = d.pop("language", UNSET)
        if language.__class__ is not str and language is not None and language is not UNSET:
            language = unexpected_type(cls, "language", language, "a string or null")

        order_media_response = cls(
            media_id=media_id,
            name=name,
            content_type=content_type,
            signed_url=signed_url,
            language=language,
        )
        if _missing:
            order_media_response._missing_fields = _missing
        order_media_response.additional_properties = d
        return order_media_response

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
