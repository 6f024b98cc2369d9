from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, FLOAT, STR, AdditionalProperties, Field, Lazy, const, dict_of, list_of, literal, object_of
from ..models._literals import TranscriptionWordType
from ..types import UNSET, Unset


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


@_attrs_define(slots=False)
class TranscriptionWord(Lazy, AdditionalProperties[Any]):
    """A word or the spacing between words, with its timing.

    Attributes:
        text: The word or spacing.
        start: When it starts, in seconds.
        end: When it ends, in seconds.
        type_: Whether an entry is a word or the spacing between words.
        speaker_id: The speaker, when known.
        logprob: The log probability of the word (0 is certain).
        characters: The word's characters.
    """

    text: str | Unset = UNSET

    start: float | Unset = UNSET

    end: float | Unset = UNSET

    type_: TranscriptionWordType | Unset = UNSET

    speaker_id: str | Unset = UNSET

    logprob: float | Unset = UNSET

    characters: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR),
        Field("start", "start", FLOAT),
        Field("end", "end", FLOAT),
        Field("type_", "type", literal("TranscriptionWordType")),
        Field("speaker_id", "speaker_id", STR),
        Field("logprob", "logprob", FLOAT),
        Field("characters", "characters", list_of(STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )
