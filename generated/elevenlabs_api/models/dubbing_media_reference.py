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

T = TypeVar("T", bound="DubbingMediaReference")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DubbingMediaReference(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "src",
        "content_type",
        "bucket_name",
        "random_path_slug",
        "duration_secs",
        "is_audio",
        "url",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dubbing_media_reference = cls.__new__(cls)
        dubbing_media_reference.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_src = plain_reader("src", (str,), "a string", True)

_read_content_type = plain_reader("content_type", (str,), "a string", True)

_read_bucket_name = plain_reader("bucket_name", (str,), "a string", True)

_read_random_path_slug = plain_reader("random_path_slug", (str,), "a string", True)

_read_duration_secs = plain_reader(
    "duration_secs",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_is_audio = plain_reader("is_audio", (bool,), "a boolean", True)

_read_url = plain_reader("url", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "src",
        "content_type",
        "bucket_name",
        "random_path_slug",
        "duration_secs",
        "is_audio",
        "url",
    )
)


def _read_additional_properties(cls: type[DubbingMediaReference], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DubbingMediaReference], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    src = d.get("src", MISSING)
    if src.__class__ is not str:
        src = _read_src(cls, d)

    content_type = d.get("content_type", MISSING)
    if content_type.__class__ is not str:
        content_type = _read_content_type(cls, d)

    bucket_name = d.get("bucket_name", MISSING)
    if bucket_name.__class__ is not str:
        bucket_name = _read_bucket_name(cls, d)

    random_path_slug = d.get("random_path_slug", MISSING)
    if random_path_slug.__class__ is not str:
        random_path_slug = _read_random_path_slug(cls, d)

    duration_secs = d.get("duration_secs", MISSING)
    if duration_secs.__class__ is not float and duration_secs.__class__ is not int:
        duration_secs = _read_duration_secs(cls, d)

    is_audio = d.get("is_audio", MISSING)
    if is_audio.__class__ is not bool:
        is_audio = _read_is_audio(cls, d)

    url = d.get("url", MISSING)
    if url.__class__ is not str:
        url = _read_url(cls, d)

    return {
        "src": src,
        "content_type": content_type,
        "bucket_name": bucket_name,
        "random_path_slug": random_path_slug,
        "duration_secs": duration_secs,
        "is_audio": is_audio,
        "url": url,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DubbingMediaReference,
    _all_fields,
    {
        "src": _read_src,
        "content_type": _read_content_type,
        "bucket_name": _read_bucket_name,
        "random_path_slug": _read_random_path_slug,
        "duration_secs": _read_duration_secs,
        "is_audio": _read_is_audio,
        "url": _read_url,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
