from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    File,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost(Lazy):
    """Attributes:
    declared_language (str): The language code of the media content (e.g. 'en', 'es-ES'). Must be a supported source
        language for some order item kind.
    media (File | None | Unset): The media file to upload. Mutually exclusive with media_url.
    media_url (None | str | Unset): A URL to fetch the media file from. Mutually exclusive with media.
    media_url_filename (None | str | Unset): The filename for URL-sourced media (e.g. 'example.mp4'). Required when
        using media_url.
    media_url_content_type (None | str | Unset): The MIME type for URL-sourced media (e.g. 'video/mp4'). Required
        when using media_url.
    """

    declared_language: str

    media: File | None | Unset = UNSET

    media_url: None | str | Unset = UNSET

    media_url_filename: None | str | Unset = UNSET

    media_url_content_type: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("declared_language",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        declared_language = self.declared_language

        media: Any
        try:
            if isinstance(self.media, Unset):
                media = UNSET
            elif isinstance(self.media, File):
                media = self.media.to_tuple()

            else:
                media = self.media

        except (AttributeError, TypeError):
            media = self.media

        media_url: Any
        try:
            media_url = self.media_url

        except (AttributeError, TypeError):
            media_url = self.media_url

        media_url_filename: Any
        try:
            media_url_filename = self.media_url_filename

        except (AttributeError, TypeError):
            media_url_filename = self.media_url_filename

        media_url_content_type: Any
        try:
            media_url_content_type = self.media_url_content_type

        except (AttributeError, TypeError):
            media_url_content_type = self.media_url_content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if declared_language is not None or "declared_language" not in self._missing_fields:
            field_dict["declared_language"] = declared_language
        if media is not UNSET:
            field_dict["media"] = media
        if media_url is not UNSET:
            field_dict["media_url"] = media_url
        if media_url_filename is not UNSET:
            field_dict["media_url_filename"] = media_url_filename
        if media_url_content_type is not UNSET:
            field_dict["media_url_content_type"] = media_url_content_type
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("declared_language", (None, str(self.declared_language).encode(), "text/plain")))

        if not isinstance(self.media, Unset):
            if isinstance(self.media, File):
                files.append(("media", self.media.to_tuple()))
            elif self.media is None:
                files.append(("media", (None, str(self.media).encode(), "text/plain")))

        if not isinstance(self.media_url, Unset):
            if isinstance(self.media_url, str) or self.media_url is None:
                files.append(("media_url", (None, str(self.media_url).encode(), "text/plain")))

        if not isinstance(self.media_url_filename, Unset):
            if isinstance(self.media_url_filename, str) or self.media_url_filename is None:
                files.append(("media_url_filename", (None, str(self.media_url_filename).encode(), "text/plain")))

        if not isinstance(self.media_url_content_type, Unset):
            if isinstance(self.media_url_content_type, str) or self.media_url_content_type is None:
                files.append(
                    ("media_url_content_type", (None, str(self.media_url_content_type).encode(), "text/plain"))
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_register_media_v1_productions_orders_order_id_media_post = cls.__new__(cls)
        body_register_media_v1_productions_orders_order_id_media_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_register_media_v1_productions_orders_order_id_media_post

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


_read_declared_language = plain_reader("declared_language", (str,), "a string", True)


def _read_media(cls: type[BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost], d: Mapping[str, Any]) -> Any:
    media_raw = d.get("media", UNSET)
    try:

        def _parse_media(data: object) -> File | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, bytes):
                raise TypeError(f"got {type(data).__name__}")
            media_type_0 = File(payload=BytesIO(data))

            return media_type_0

        media = _parse_media(media_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        media = deviating_field(cls, "media", media_raw)

    return media


_read_media_url = plain_reader(
    "media_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_media_url_filename = plain_reader(
    "media_url_filename",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_media_url_content_type = plain_reader(
    "media_url_content_type",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "declared_language",
        "media",
        "media_url",
        "media_url_filename",
        "media_url_content_type",
    )
)


def _read_additional_properties(
    cls: type[BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    declared_language = d.get("declared_language", MISSING)
    if declared_language.__class__ is not str:
        declared_language = _read_declared_language(cls, d)

    if "media" in known:
        media = known["media"]
    else:
        media = d.get("media", UNSET)
        if media is not UNSET and media is not None:
            media = _read_media(cls, d)

    media_url = d.get("media_url", UNSET)
    if media_url.__class__ is not str and media_url is not None and media_url is not UNSET:
        media_url = _read_media_url(cls, d)

    media_url_filename = d.get("media_url_filename", UNSET)
    if media_url_filename.__class__ is not str and media_url_filename is not None and media_url_filename is not UNSET:
        media_url_filename = _read_media_url_filename(cls, d)

    media_url_content_type = d.get("media_url_content_type", UNSET)
    if (
        media_url_content_type.__class__ is not str
        and media_url_content_type is not None
        and media_url_content_type is not UNSET
    ):
        media_url_content_type = _read_media_url_content_type(cls, d)

    return {
        "declared_language": declared_language,
        "media": media,
        "media_url": media_url,
        "media_url_filename": media_url_filename,
        "media_url_content_type": media_url_content_type,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost,
    _all_fields,
    {
        "declared_language": _read_declared_language,
        "media": _read_media,
        "media_url": _read_media_url,
        "media_url_filename": _read_media_url_filename,
        "media_url_content_type": _read_media_url_content_type,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
