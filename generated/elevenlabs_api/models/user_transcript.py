from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, STR, AdditionalProperties, Field, Lazy, const, dict_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class UserTranscript(Lazy, AdditionalProperties[Any]):
    """Schema for user speech transcription events

    Attributes:
        user_transcription_event: Transcription event data
    """

    type_: Literal["user_transcript"] | Unset = _attrs_field(
        default="user_transcript",
        kw_only=True,
        alias="type",
        validator=types.tag("UserTranscript", "type", "user_transcript"),
    )

    user_transcription_event: UserTranscriptUserTranscriptionEvent | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("user_transcript")),
        Field(
            "user_transcription_event", "user_transcription_event", object_of("UserTranscriptUserTranscriptionEvent")
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(UserTranscript, type_="type")


@_attrs_define(slots=False)
class UserTranscriptUserTranscriptionEvent(Lazy, AdditionalProperties[Any]):
    """Transcription event data

    Attributes:
        user_transcript: Transcribed text from user's speech input.
    """

    user_transcript: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("user_transcript", "user_transcript", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )
