from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.inline_audio_reference_mime_type import (
    InlineAudioReferenceMimeType,
    check_inline_audio_reference_mime_type,
)

T = TypeVar("T", bound="InlineAudioReference")


@_attrs_define
class InlineAudioReference:
    """Audio passed inline as base64. The audio is stored as an ephemeral
    asset with no guaranteed retention: it may be deleted at any time after
    the generation completes. To keep an input and reuse it across
    generations, upload it via the assets API (`POST /v1/assets`) and pass
    an `asset` reference instead.

    Attributes:
        type_ (Literal['inline_base64']):
        content_base64 (str): The media file's bytes, base64-encoded (standard alphabet). Up to 25MB decoded.
        mime_type (InlineAudioReferenceMimeType): The MIME type of the encoded audio.
    """

    type_: Literal["inline_base64"]

    content_base64: str

    mime_type: InlineAudioReferenceMimeType

    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "inline_base64")

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        content_base64 = self.content_base64

        mime_type: str = self.mime_type

        field_dict: dict[str, Any] = {}
        field_dict["type"] = type_
        field_dict["content_base64"] = content_base64
        field_dict["mime_type"] = mime_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["inline_base64"], d.pop("type"))
        if type_ != "inline_base64":
            raise ValueError(f"type must match const 'inline_base64', got '{type_}'")

        content_base64 = d.pop("content_base64")

        mime_type = check_inline_audio_reference_mime_type(d.pop("mime_type"))

        inline_audio_reference = cls(
            type_=type_,
            content_base64=content_base64,
            mime_type=mime_type,
        )
        return inline_audio_reference
