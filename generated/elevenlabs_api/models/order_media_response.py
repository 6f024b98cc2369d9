from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="OrderMediaResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class OrderMediaResponse(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "media_id",
        "name",
        "content_type",
        "signed_url",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        order_media_response = cls.__new__(cls)
        order_media_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_media_id = plain_reader("media_id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_content_type = plain_reader("content_type", (str,), "a string", True)

_read_signed_url = plain_reader("signed_url", (str,), "a string", True)

_read_language = plain_reader(
    "language",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "media_id",
        "name",
        "content_type",
        "signed_url",
        "language",
    )
)


def _read_additional_properties(cls: type[OrderMediaResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[OrderMediaResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    media_id = d.get("media_id", MISSING)
    if media_id.__class__ is not str:
        media_id = _read_media_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    content_type = d.get("content_type", MISSING)
    if content_type.__class__ is not str:
        content_type = _read_content_type(cls, d)

    signed_url = d.get("signed_url", MISSING)
    if signed_url.__class__ is not str:
        signed_url = _read_signed_url(cls, d)

    language = d.get("language", UNSET)
    if language.__class__ is not str and language is not None and language is not UNSET:
        language = _read_language(cls, d)

    return {
        "media_id": media_id,
        "name": name,
        "content_type": content_type,
        "signed_url": signed_url,
        "language": language,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    OrderMediaResponse,
    _all_fields,
    {
        "media_id": _read_media_id,
        "name": _read_name,
        "content_type": _read_content_type,
        "signed_url": _read_signed_url,
        "language": _read_language,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
