"""The `/v1/speech-to-text/realtime` WebSocket channel, from its AsyncAPI document (openapi/asyncapi/).

Transcribe audio while it is still being recorded: the client sends base64 audio chunks
(`input_audio_chunk`); the server answers with partial transcripts, which may still change,
and committed transcripts, which do not. A segment is committed when the client says so
(`commit: true` on a chunk, with the manual strategy) or when voice activity detection hears
the speaker stop (the vad strategy).

Sends InputAudioChunkPayload;
receives SessionStartedPayload, PartialTranscriptPayload, CommittedTranscriptPayload, CommittedTranscriptWithTimestampsPayload, CommittedTranscriptEntitiesPayload, ScribeErrorPayload, ScribeAuthErrorPayload, ScribeQuotaExceededErrorPayload, ScribeThrottledErrorPayload, ScribeUnacceptedTermsErrorPayload, ScribeRateLimitedErrorPayload, ScribeQueueOverflowErrorPayload, ScribeResourceExhaustedErrorPayload, ScribeSessionTimeLimitExceededErrorPayload, ScribeInputErrorPayload, ScribeChunkSizeExceededErrorPayload, ScribeInsufficientAudioActivityErrorPayload, ScribeTranscriberErrorPayload.
The I/O is the client's (a group's generated method hands `opening(...)` and `CHANNEL` to its requester):
this module only says what the channel is.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, Protocol

from ..models._literals import AudioFormatEnum, CommitStrategy
from ..models.committed_transcript_entities_payload import CommittedTranscriptEntitiesPayload
from ..models.committed_transcript_payload import CommittedTranscriptPayload
from ..models.committed_transcript_with_timestamps_payload import CommittedTranscriptWithTimestampsPayload
from ..models.input_audio_chunk_payload import InputAudioChunkPayload
from ..models.partial_transcript_payload import PartialTranscriptPayload
from ..models.scribe_auth_error_payload import ScribeAuthErrorPayload
from ..models.scribe_chunk_size_exceeded_error_payload import ScribeChunkSizeExceededErrorPayload
from ..models.scribe_error_payload import ScribeErrorPayload
from ..models.scribe_input_error_payload import ScribeInputErrorPayload
from ..models.scribe_insufficient_audio_activity_error_payload import ScribeInsufficientAudioActivityErrorPayload
from ..models.scribe_queue_overflow_error_payload import ScribeQueueOverflowErrorPayload
from ..models.scribe_quota_exceeded_error_payload import ScribeQuotaExceededErrorPayload
from ..models.scribe_rate_limited_error_payload import ScribeRateLimitedErrorPayload
from ..models.scribe_resource_exhausted_error_payload import ScribeResourceExhaustedErrorPayload
from ..models.scribe_session_time_limit_exceeded_error_payload import ScribeSessionTimeLimitExceededErrorPayload
from ..models.scribe_throttled_error_payload import ScribeThrottledErrorPayload
from ..models.scribe_transcriber_error_payload import ScribeTranscriberErrorPayload
from ..models.scribe_unaccepted_terms_error_payload import ScribeUnacceptedTermsErrorPayload
from ..models.session_started_payload import SessionStartedPayload
from ..types import UNSET, Unset
from . import AsyncSession as AnyAsyncSession
from . import Channel, Opening, query_of
from . import Session as AnySession

PATH = "/v1/speech-to-text/realtime"
SENDS = (InputAudioChunkPayload,)
RECEIVES = (
    SessionStartedPayload,
    PartialTranscriptPayload,
    CommittedTranscriptPayload,
    CommittedTranscriptWithTimestampsPayload,
    CommittedTranscriptEntitiesPayload,
    ScribeErrorPayload,
    ScribeAuthErrorPayload,
    ScribeQuotaExceededErrorPayload,
    ScribeThrottledErrorPayload,
    ScribeUnacceptedTermsErrorPayload,
    ScribeRateLimitedErrorPayload,
    ScribeQueueOverflowErrorPayload,
    ScribeResourceExhaustedErrorPayload,
    ScribeSessionTimeLimitExceededErrorPayload,
    ScribeInputErrorPayload,
    ScribeChunkSizeExceededErrorPayload,
    ScribeInsufficientAudioActivityErrorPayload,
    ScribeTranscriberErrorPayload,
)
QUERY_PARAMETERS = (
    "model_id",
    "audio_format",
    "language_code",
    "commit_strategy",
    "vad_silence_threshold_secs",
    "vad_threshold",
    "min_speech_duration_ms",
    "min_silence_duration_ms",
    "include_timestamps",
    "include_language_detection",
    "keyterms",
    "no_verbatim",
    "enable_logging",
)
FIRST_MESSAGE_FIELDS = ()
Sent = InputAudioChunkPayload | dict[str, Any]
Received = (
    SessionStartedPayload
    | PartialTranscriptPayload
    | CommittedTranscriptPayload
    | CommittedTranscriptWithTimestampsPayload
    | CommittedTranscriptEntitiesPayload
    | ScribeErrorPayload
    | ScribeAuthErrorPayload
    | ScribeQuotaExceededErrorPayload
    | ScribeThrottledErrorPayload
    | ScribeUnacceptedTermsErrorPayload
    | ScribeRateLimitedErrorPayload
    | ScribeQueueOverflowErrorPayload
    | ScribeResourceExhaustedErrorPayload
    | ScribeSessionTimeLimitExceededErrorPayload
    | ScribeInputErrorPayload
    | ScribeChunkSizeExceededErrorPayload
    | ScribeInsufficientAudioActivityErrorPayload
    | ScribeTranscriberErrorPayload
    | dict[str, Any]
)


def opening(
    *,
    model_id: str,
    audio_format: AudioFormatEnum | Unset = UNSET,
    language_code: str | Unset = UNSET,
    commit_strategy: CommitStrategy | Unset = UNSET,
    vad_silence_threshold_secs: float | Unset = UNSET,
    vad_threshold: float | Unset = UNSET,
    min_speech_duration_ms: int | Unset = UNSET,
    min_silence_duration_ms: int | Unset = UNSET,
    include_timestamps: bool | Unset = UNSET,
    include_language_detection: bool | Unset = UNSET,
    keyterms: list[str] | Unset = UNSET,
    no_verbatim: bool | Unset = UNSET,
    enable_logging: bool | Unset = UNSET,
) -> Opening:
    """The path and query (the settings: the channel has no opening message) that open the channel.

    A parameter left unset is not sent: the server applies its own default.

    Args:
        model_id: The transcription model, e.g. scribe_v2_realtime.
        audio_format: The encoding and sample rate of the audio sent. The server's default: "pcm_16000".
        language_code: The language of the audio (ISO 639-1 or ISO 639-3), if known; left out, it is
            detected.
        commit_strategy: Who commits a segment; the client (manual) or voice activity detection (vad). The
            server's default: "manual".
        vad_silence_threshold_secs: With the vad strategy, how many seconds of silence end a segment (0.3 to
            3). The server's default: 1.5.
        vad_threshold: With the vad strategy, how sure voice activity detection must be that there is speech
            (0.1 to 0.9). The server's default: 0.4.
        min_speech_duration_ms: With the vad strategy, the shortest speech, in milliseconds, that counts (50
            to 2000). The server's default: 100.
        min_silence_duration_ms: With the vad strategy, the shortest silence, in milliseconds, that counts
            (50 to 2000). The server's default: 100.
        include_timestamps: Whether a committed segment also comes as committed_transcript_with_timestamps,
            with word timings. The server's default: false.
        include_language_detection: Whether committed transcripts say which language was detected. The
            server's default: false.
        keyterms: Words and phrases the model should favour (the parameter is repeated, once per term).
        no_verbatim: Whether filler words and disfluencies are left out of the transcript.
        enable_logging: Whether the request is logged; false is zero retention mode (enterprise only). The
            server's default: true.
    """
    query = query_of(
        model_id=model_id,
        audio_format=audio_format,
        language_code=language_code,
        commit_strategy=commit_strategy,
        vad_silence_threshold_secs=vad_silence_threshold_secs,
        vad_threshold=vad_threshold,
        min_speech_duration_ms=min_speech_duration_ms,
        min_silence_duration_ms=min_silence_duration_ms,
        include_timestamps=include_timestamps,
        include_language_detection=include_language_detection,
        keyterms=keyterms,
        no_verbatim=no_verbatim,
        enable_logging=enable_logging,
    )
    path = PATH
    return Opening(path, query, None)


def parse(data: dict[str, Any]) -> Received:
    """An incoming message as its model; one of a kind the document does not describe stays a dict."""
    if data.get("message_type") == "session_started":
        return SessionStartedPayload.from_dict(data)
    if data.get("message_type") == "partial_transcript":
        return PartialTranscriptPayload.from_dict(data)
    if data.get("message_type") == "committed_transcript":
        return CommittedTranscriptPayload.from_dict(data)
    if data.get("message_type") == "committed_transcript_with_timestamps":
        return CommittedTranscriptWithTimestampsPayload.from_dict(data)
    if data.get("message_type") == "committed_transcript_entities":
        return CommittedTranscriptEntitiesPayload.from_dict(data)
    if data.get("message_type") == "error":
        return ScribeErrorPayload.from_dict(data)
    if data.get("message_type") == "auth_error":
        return ScribeAuthErrorPayload.from_dict(data)
    if data.get("message_type") == "quota_exceeded":
        return ScribeQuotaExceededErrorPayload.from_dict(data)
    if data.get("message_type") == "commit_throttled":
        return ScribeThrottledErrorPayload.from_dict(data)
    if data.get("message_type") == "unaccepted_terms":
        return ScribeUnacceptedTermsErrorPayload.from_dict(data)
    if data.get("message_type") == "rate_limited":
        return ScribeRateLimitedErrorPayload.from_dict(data)
    if data.get("message_type") == "queue_overflow":
        return ScribeQueueOverflowErrorPayload.from_dict(data)
    if data.get("message_type") == "resource_exhausted":
        return ScribeResourceExhaustedErrorPayload.from_dict(data)
    if data.get("message_type") == "session_time_limit_exceeded":
        return ScribeSessionTimeLimitExceededErrorPayload.from_dict(data)
    if data.get("message_type") == "input_error":
        return ScribeInputErrorPayload.from_dict(data)
    if data.get("message_type") == "chunk_size_exceeded":
        return ScribeChunkSizeExceededErrorPayload.from_dict(data)
    if data.get("message_type") == "insufficient_audio_activity":
        return ScribeInsufficientAudioActivityErrorPayload.from_dict(data)
    if data.get("message_type") == "transcriber_error":
        return ScribeTranscriberErrorPayload.from_dict(data)
    return data


class Messages(Protocol):
    """What a client sends on this channel: `send` takes any of its messages (the model, or a dict of the
    same), and each but the opening one has a method that builds it from its fields and sends it."""

    def send(self, message: Sent) -> None: ...

    def send_input_audio_chunk(
        self, *, audio_base_64: str, commit: bool, sample_rate: int, previous_text: str | Unset = UNSET
    ) -> None:
        """A chunk of audio to transcribe; with commit true (and possibly empty audio) it also commits the
        segment (`InputAudioChunkPayload`).

        Args:
            audio_base_64: The audio, base64-encoded, in the session's audio format.
            commit: Whether to commit the segment after this chunk (manual strategy).
            sample_rate: The audio's sample rate in Hz.
            previous_text: Text that came before the audio, as context; only allowed with the first chunk.
        """
        self.send(
            InputAudioChunkPayload(
                audio_base_64=audio_base_64, commit=commit, sample_rate=sample_rate, previous_text=previous_text
            )
        )


class AsyncMessages(Protocol):
    """`Messages`, awaited."""

    async def send(self, message: Sent) -> None: ...

    async def send_input_audio_chunk(
        self, *, audio_base_64: str, commit: bool, sample_rate: int, previous_text: str | Unset = UNSET
    ) -> None:
        """A chunk of audio to transcribe; with commit true (and possibly empty audio) it also commits the
        segment (`InputAudioChunkPayload`).

        Args:
            audio_base_64: The audio, base64-encoded, in the session's audio format.
            commit: Whether to commit the segment after this chunk (manual strategy).
            sample_rate: The audio's sample rate in Hz.
            previous_text: Text that came before the audio, as context; only allowed with the first chunk.
        """
        await self.send(
            InputAudioChunkPayload(
                audio_base_64=audio_base_64, commit=commit, sample_rate=sample_rate, previous_text=previous_text
            )
        )


class Session(Messages, AnySession, Protocol):
    """A session of this channel, in a `with` block: `Messages` sends, and iterating yields each message
    the server sends as its model (one of a kind the document does not describe as a dict)."""

    def __iter__(self) -> Iterator[Received]: ...


class AsyncSession(AsyncMessages, AnyAsyncSession, Protocol):
    """`Session` for `async with` and `async for`."""

    def __aiter__(self) -> AsyncIterator[Received]: ...


CHANNEL: Channel[Session, AsyncSession] = Channel(
    name="speech_to_text_realtime",
    group="speech_to_text",
    kind="single",
    path=PATH,
    sends=SENDS,
    receives=RECEIVES,
    parse=parse,
    session=Session,
    async_session=AsyncSession,
)
