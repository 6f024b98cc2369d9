from __future__ import annotations

from typing import ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    STR,
    Field,
    Lazy,
    const,
    literal,
)
from ..models._literals import InlineVideoReferenceMimeType


@_attrs_define(slots=False)
class InlineVideoReference(Lazy):
    """A video passed inline as base64. The video is stored as an ephemeral
    asset with no guaranteed retention: it may be deleted at any time after
    the generation completes. To keep an input and reuse it across
    generations, upload it via the assets API (`POST /v1/assets`) and pass
    an `asset` reference instead.

    Attributes:
        content_base64: The media file's bytes, base64-encoded (standard alphabet). Up to 25MB decoded.
        mime_type: The MIME type of the encoded video.
    """

    type_: Literal["inline_base64"] = _attrs_field(
        default="inline_base64",
        kw_only=True,
        alias="type",
        validator=types.tag("InlineVideoReference", "type", "inline_base64"),
    )

    content_base64: str

    mime_type: InlineVideoReferenceMimeType

    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("inline_base64"), required=True),
        Field("content_base64", "content_base64", STR, required=True),
        Field("mime_type", "mime_type", literal("InlineVideoReferenceMimeType"), required=True),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(InlineVideoReference, type_="type")
