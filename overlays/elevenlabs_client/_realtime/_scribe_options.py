"""The official SDK's names for realtime transcription (`elevenlabs.realtime`): the audio formats and commit
strategies, connect()'s options, and the events a RealtimeConnection calls back. No I/O."""

from __future__ import annotations

from enum import StrEnum
from typing import Required, TypedDict

from elevenlabs_api.api import RequestOptions


class AudioFormat(StrEnum):
    """The audio's encoding and sample rate (the channel's audio_format)."""

    PCM_8000 = "pcm_8000"
    PCM_16000 = "pcm_16000"
    PCM_22050 = "pcm_22050"
    PCM_24000 = "pcm_24000"
    PCM_44100 = "pcm_44100"
    PCM_48000 = "pcm_48000"
    ULAW_8000 = "ulaw_8000"


class CommitStrategy(StrEnum):
    """Who commits a segment: voice activity detection (VAD), or you, with commit() (MANUAL, the default)."""

    VAD = "vad"
    MANUAL = "manual"


class _Options(TypedDict, total=False):
    """What both kinds of options take: the channel's query parameters but audio_format, and request_options."""

    model_id: Required[str]
    commit_strategy: CommitStrategy
    vad_silence_threshold_secs: float
    vad_threshold: float
    min_speech_duration_ms: int
    min_silence_duration_ms: int
    language_code: str
    include_timestamps: bool
    include_language_detection: bool
    keyterms: list[str]
    no_verbatim: bool
    enable_logging: bool
    request_options: RequestOptions


class RealtimeAudioOptions(_Options, total=False):
    """connect() for audio you send yourself (`send({"audio_base_64": ...})`): the official SDK's options,
    and the channel's other query parameters (include_language_detection, enable_logging)."""

    audio_format: Required[AudioFormat]
    sample_rate: Required[int]


class RealtimeUrlOptions(_Options, total=False):
    """connect() for audio streamed from a URL through ffmpeg (16 kHz PCM); the same other options."""

    url: Required[str]


class RealtimeEvents(StrEnum):
    """What a RealtimeConnection calls back: open, close, each server message by its message_type, and ERROR
    for every error (after the specific one)."""

    OPEN = "open"
    CLOSE = "close"
    SESSION_STARTED = "session_started"
    PARTIAL_TRANSCRIPT = "partial_transcript"
    COMMITTED_TRANSCRIPT = "committed_transcript"
    COMMITTED_TRANSCRIPT_WITH_TIMESTAMPS = "committed_transcript_with_timestamps"
    ERROR = "error"
    AUTH_ERROR = "auth_error"
    QUOTA_EXCEEDED = "quota_exceeded"
    COMMIT_THROTTLED = "commit_throttled"
    TRANSCRIBER_ERROR = "transcriber_error"
    UNACCEPTED_TERMS_ERROR = "unaccepted_terms_error"  # the message's type is unaccepted_terms
    RATE_LIMITED = "rate_limited"
    INPUT_ERROR = "input_error"
    QUEUE_OVERFLOW = "queue_overflow"
    RESOURCE_EXHAUSTED = "resource_exhausted"
    SESSION_TIME_LIMIT_EXCEEDED = "session_time_limit_exceeded"
    CHUNK_SIZE_EXCEEDED = "chunk_size_exceeded"
    INSUFFICIENT_AUDIO_ACTIVITY = "insufficient_audio_activity"
