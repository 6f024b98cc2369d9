from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import InlineVideoReferenceMimeType, check_inline_video_reference_mime_type
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="InlineVideoReference")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class InlineVideoReference(Lazy):
    """A video passed inline as base64. The video is stored as an ephemeral
    asset with no guaranteed retention: it may be deleted at any time after
    the generation completes. To keep an input and reuse it across
    generations, upload it via the assets API (`POST /v1/assets`) and pass
    an `asset` reference instead.

    Attributes:
        type_ (Literal['inline_base64']):
        content_base64 (str): The media file's bytes, base64-encoded (standard alphabet). Up to 25MB decoded.
        mime_type (InlineVideoReferenceMimeType): The MIME type of the encoded video.
    """

    type_: Literal["inline_base64"] = _attrs_field(
        default="inline_base64",
        kw_only=True,
        alias="type",
        validator=types.tag("InlineVideoReference", "type", "inline_base64"),
    )

    content_base64: str

    mime_type: InlineVideoReferenceMimeType

    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "content_base64",
        "mime_type",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "inline_base64")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        content_base64 = self.content_base64

        mime_type: Any
        try:
            mime_type = self.mime_type
        except (AttributeError, TypeError):
            mime_type = self.mime_type

        field_dict: dict[str, Any] = {}
        field_dict["type"] = type_
        if content_base64 is not None or "content_base64" not in self._missing_fields:
            field_dict["content_base64"] = content_base64
        if mime_type is not None or "mime_type" not in self._missing_fields:
            field_dict["mime_type"] = mime_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        inline_video_reference = cls.__new__(cls)
        inline_video_reference.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return inline_video_reference


def _read_type_(cls: type[InlineVideoReference], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["inline_base64"], type__raw)
    if type_ != "inline_base64":
        raise ValueError(f"type must match const 'inline_base64', got '{type_}'")

    return type_


_read_content_base64 = plain_reader("content_base64", (str,), "a string", True)


def _read_mime_type(cls: type[InlineVideoReference], d: Mapping[str, Any]) -> Any:
    mime_type_raw = d.get("mime_type", MISSING)
    if mime_type_raw is MISSING:
        mime_type = missing_field(cls, "mime_type")
    else:
        try:
            mime_type = check_inline_video_reference_mime_type(mime_type_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            mime_type = deviating_field(cls, "mime_type", mime_type_raw)

    return mime_type


def _all_fields(cls: type[InlineVideoReference], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    content_base64 = d.get("content_base64", MISSING)
    if content_base64.__class__ is not str:
        content_base64 = _read_content_base64(cls, d)

    if "mime_type" in known:
        mime_type = known["mime_type"]
    else:
        mime_type = _read_mime_type(cls, d)

    return {
        "type_": type_,
        "content_base64": content_base64,
        "mime_type": mime_type,
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(InlineVideoReference, type_="type")

set_readers(
    InlineVideoReference,
    _all_fields,
    {
        "type_": _read_type_,
        "content_base64": _read_content_base64,
        "mime_type": _read_mime_type,
        "_missing_fields": missing_fields,
    },
)
