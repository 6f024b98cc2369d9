from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)


@_attrs_define(slots=False)
class MediaGenerationCompletedResponse(Lazy, AdditionalProperties[Any]):
    """A completed media generation and its output.

    Example:
        {'content_mime_type': 'video/mp4', 'content_url':
        'https://storage.googleapis.com/generations/JWr5N6X9ZTqf8jD2LmQb', 'id': 'JWr5N6X9ZTqf8jD2LmQb', 'status':
        'completed'}

    Attributes:
        id: The unique identifier of the generation.
        status: The lifecycle status of the generation.
        content_url: A signed URL to download the generated media from. It expires about an hour after this response is
            returned; fetch the generation again for a fresh URL.
        content_mime_type: The MIME type of the generated media.
    """

    id: str

    status: Literal["completed"] = _attrs_field(
        default="completed",
        kw_only=True,
        validator=types.tag("MediaGenerationCompletedResponse", "status", "completed"),
    )

    content_url: str

    content_mime_type: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("status", "status", const("completed"), required=True),
        Field("content_url", "content_url", STR, required=True),
        Field("content_mime_type", "content_mime_type", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
