from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    FILE,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, File, Unset


@_attrs_define(slots=False)
class BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    declared_language: The language code of the media content (e.g. 'en', 'es-ES'). Must be a supported source
        language for some order item kind.
    media: The media file to upload. Mutually exclusive with media_url.
    media_url: A URL to fetch the media file from. Mutually exclusive with media.
    media_url_filename: The filename for URL-sourced media (e.g. 'example.mp4'). Required when using media_url.
    media_url_content_type: The MIME type for URL-sourced media (e.g. 'video/mp4'). Required when using media_url.
    """

    declared_language: str

    media: File | None | Unset = UNSET

    media_url: None | str | Unset = UNSET

    media_url_filename: None | str | Unset = UNSET

    media_url_content_type: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("declared_language", "declared_language", STR, required=True),
        Field("media", "media", union(FILE, NULL)),
        Field("media_url", "media_url", union(STR, NULL)),
        Field("media_url_filename", "media_url_filename", union(STR, NULL)),
        Field("media_url_content_type", "media_url_content_type", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )

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
