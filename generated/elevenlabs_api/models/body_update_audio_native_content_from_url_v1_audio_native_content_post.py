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

T = TypeVar("T", bound="BodyUpdateAudioNativeContentFromUrlV1AudioNativeContentPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyUpdateAudioNativeContentFromUrlV1AudioNativeContentPost(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("url",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_update_audio_native_content_from_url_v1_audio_native_content_post = cls.__new__(cls)
        body_update_audio_native_content_from_url_v1_audio_native_content_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_update_audio_native_content_from_url_v1_audio_native_content_post

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


_read_url = plain_reader("url", (str,), "a string", True)

_read_author = plain_reader(
    "author",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_title = plain_reader(
    "title",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "url",
        "author",
        "title",
    )
)


def _read_additional_properties(
    cls: type[BodyUpdateAudioNativeContentFromUrlV1AudioNativeContentPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyUpdateAudioNativeContentFromUrlV1AudioNativeContentPost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    url = d.get("url", MISSING)
    if url.__class__ is not str:
        url = _read_url(cls, d)

    author = d.get("author", UNSET)
    if author.__class__ is not str and author is not None and author is not UNSET:
        author = _read_author(cls, d)

    title = d.get("title", UNSET)
    if title.__class__ is not str and title is not None and title is not UNSET:
        title = _read_title(cls, d)

    return {
        "url": url,
        "author": author,
        "title": title,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyUpdateAudioNativeContentFromUrlV1AudioNativeContentPost,
    _all_fields,
    {
        "url": _read_url,
        "author": _read_author,
        "title": _read_title,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
