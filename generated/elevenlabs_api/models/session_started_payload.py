from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    object_of,
)
from ..models._literals import AudioFormatEnum, CommitStrategy
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class SessionStartedPayload(Lazy, AdditionalProperties[Any]):
    """The session is open.

    Attributes:
        session_id: The session's identifier.
        config: The configuration the session runs with.
    """

    message_type: Literal["session_started"] = _attrs_field(
        default="session_started",
        kw_only=True,
        validator=types.tag("SessionStartedPayload", "message_type", "session_started"),
    )

    session_id: str

    config: SessionStartedPayloadConfig

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("message_type", "message_type", const("session_started"), required=True),
        Field("session_id", "session_id", STR, required=True),
        Field("config", "config", object_of("SessionStartedPayloadConfig"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SessionStartedPayloadConfig(Lazy, AdditionalProperties[Any]):
    """The configuration the session runs with.

    Attributes:
        sample_rate: The audio's sample rate in Hz.
        audio_format: The audio's encoding and sample rate.
        language_code: The language (ISO 639-1 or ISO 639-3).
        commit_strategy: Who commits a segment; the client (manual) or voice activity detection (vad).
        vad_silence_threshold_secs: Seconds of silence that end a segment.
        vad_threshold: The voice activity detection threshold.
        min_speech_duration_ms: The shortest speech that counts, in milliseconds.
        min_silence_duration_ms: The shortest silence that counts, in milliseconds.
        model_id: The transcription model.
        enable_logging: Whether the session is logged (false is zero retention mode).
        include_timestamps: Whether committed segments come with word timings too.
        include_language_detection: Whether committed transcripts say the detected language.
        keyterms: The words and phrases the model favours.
        no_verbatim: Whether filler words and disfluencies are left out.
    """

    sample_rate: int | Unset = UNSET

    audio_format: AudioFormatEnum | Unset = UNSET

    language_code: str | Unset = UNSET

    commit_strategy: CommitStrategy | Unset = UNSET

    vad_silence_threshold_secs: float | Unset = UNSET

    vad_threshold: float | Unset = UNSET

    min_speech_duration_ms: int | Unset = UNSET

    min_silence_duration_ms: int | Unset = UNSET

    model_id: str | Unset = UNSET

    enable_logging: bool | Unset = UNSET

    include_timestamps: bool | Unset = UNSET

    include_language_detection: bool | Unset = UNSET

    keyterms: list[str] | Unset = UNSET

    no_verbatim: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("sample_rate", "sample_rate", INT),
        Field("audio_format", "audio_format", literal("AudioFormatEnum")),
        Field("language_code", "language_code", STR),
        Field("commit_strategy", "commit_strategy", literal("CommitStrategy")),
        Field("vad_silence_threshold_secs", "vad_silence_threshold_secs", FLOAT),
        Field("vad_threshold", "vad_threshold", FLOAT),
        Field("min_speech_duration_ms", "min_speech_duration_ms", INT),
        Field("min_silence_duration_ms", "min_silence_duration_ms", INT),
        Field("model_id", "model_id", STR),
        Field("enable_logging", "enable_logging", BOOL),
        Field("include_timestamps", "include_timestamps", BOOL),
        Field("include_language_detection", "include_language_detection", BOOL),
        Field("keyterms", "keyterms", list_of(STR)),
        Field("no_verbatim", "no_verbatim", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
