from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class CommittedTranscriptWithTimestampsPayload(Lazy, AdditionalProperties[Any]):
    """A committed segment's transcript with word timings.

    Attributes:
        text: The segment's text.
        language_code: The language, detected or as given.
        words: The words (and the spacing between them) with their timings.
    """

    message_type: Literal["committed_transcript_with_timestamps"] = _attrs_field(
        default="committed_transcript_with_timestamps",
        kw_only=True,
        validator=types.tag(
            "CommittedTranscriptWithTimestampsPayload", "message_type", "committed_transcript_with_timestamps"
        ),
    )

    text: str

    language_code: str | Unset = UNSET

    words: list[TranscriptionWord] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("message_type", "message_type", const("committed_transcript_with_timestamps"), required=True),
        Field("text", "text", STR, required=True),
        Field("language_code", "language_code", STR),
        Field("words", "words", list_of(object_of("TranscriptionWord"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.transcription_word import TranscriptionWord
