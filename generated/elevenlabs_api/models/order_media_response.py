from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class OrderMediaResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'content_type': 'video/mp4', 'language': 'en', 'media_id': 'prodmedia_01jgb2zd68f8f9tfvbb968wb8z', 'name':
        'example.mp4', 'signed_url': 'https://storage.googleapis.com/example-bucket/media/example.mp4?X-Goog-
        Signature=...'}

    Attributes:
        name: The original filename of the uploaded media.
        content_type: The MIME type of the media file (e.g. 'video/mp4').
        signed_url: A time-limited URL to download the media file.
        language: The detected or declared language of the media, if available.
    """

    media_id: str

    name: str

    content_type: str

    signed_url: str

    language: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("media_id", "media_id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("content_type", "content_type", STR, required=True),
        Field("signed_url", "signed_url", STR, required=True),
        Field("language", "language", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
