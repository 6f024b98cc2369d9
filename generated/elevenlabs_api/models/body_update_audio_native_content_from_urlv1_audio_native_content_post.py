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

T = TypeVar("T", bound="BodyUpdateAudioNativeContentFromURLV1AudioNativeContentPost")


@_attrs_define
class BodyUpdateAudioNativeContentFromURLV1AudioNativeContentPost:
    """Attributes:
    url (str): URL of the page to extract content from.
    author (None | str | Unset): Author used in the player and inserted at the start of the uploaded article. If not
        provided, the default author set in the Player settings is used.
    title (None | str | Unset): Title used in the player and inserted at the top of the uploaded article. If not
        provided, the default title set in the Player settings is used.
    """

    url: str

    author: None | str | Unset = UNSET

    title: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        author: Any
        try:
            author = self.author

        except (AttributeError, TypeError):
            author = self.author

        title: Any
        try:
            title = self.title

        except (AttributeError, TypeError):
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if url is not None or "url" not in self._missing_fields:
            field_dict["url"] = url
        if author is not UNSET:
            field_dict["author"] = author
        if title is not UNSET:
            field_dict["title"] = title
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        url = d.pop("url", MISSING)
        if url.__class__ is not str:
            if url is MISSING:
                url = missing_field(cls, "url")
                _missing += ("url",)
            else:
                url = unexpected_type(cls, "url", url, "a string")

        author = d.pop("author", UNSET)
        if author.__class__ is not str and author is not None and author is not UNSET:
            author = unexpected_type(cls, "author", author, "a string or null")

        title = d.pop("title", UNSET)
        if title.__class__ is not str and title is not None and title is not UNSET:
            title = unexpected_type(cls, "title", title, "a string or null")

        body_update_audio_native_content_from_urlv1_audio_native_content_post = cls(
            url=url,
            author=author,
            title=title,
        )
        if _missing:
            body_update_audio_native_content_from_urlv1_audio_native_content_post._missing_fields = _missing
        body_update_audio_native_content_from_urlv1_audio_native_content_post.additional_properties = d
        return body_update_audio_native_content_from_urlv1_audio_native_content_post

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
