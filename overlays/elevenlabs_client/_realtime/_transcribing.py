"""What the sync and async transcription sessions share, with no socket: the audio chunk message and its
sample rate, and when the transcription of a whole source is over (where its audio comes from is
_audio_sources.py's)."""

from __future__ import annotations

import base64
from typing import Any, TypeAlias

from elevenlabs_api import realtime
from elevenlabs_api.models import (
    CommittedTranscriptEntitiesPayload,
    CommittedTranscriptPayload,
    CommittedTranscriptWithTimestampsPayload,
    PartialTranscriptPayload,
    SessionStartedPayload,
)
from elevenlabs_api.models._literals import AUDIO_FORMAT_ENUM_VALUES

from .._errors import RealtimeError

# What iterating a transcription yields: the channel's server messages as their models (its error messages
# raise instead), or a dict for a kind the channel's document does not describe yet.
TranscriptionEvent: TypeAlias = (
    SessionStartedPayload
    | PartialTranscriptPayload
    | CommittedTranscriptPayload
    | CommittedTranscriptWithTimestampsPayload
    | CommittedTranscriptEntitiesPayload
    | dict[str, Any]
)
DEFAULT_AUDIO_FORMAT = "pcm_16000"  # the server's, when the query leaves audio_format out
# While the sender runs, the reader wakes this often to see whether the transcription is over: the
# sender's end sends nothing that would wake a blocking receive.
SENDER_POLL_SECONDS = 0.1
# With vad, how long the server must say nothing after the answer to the last commit (see Tally).
SETTLE_SECONDS = 0.5


def sample_rate(audio_format: str) -> int:
    """The sample rate an audio format says (pcm_16000 -> 16000), which each chunk must carry."""
    if audio_format not in AUDIO_FORMAT_ENUM_VALUES:
        known = ", ".join(sorted(AUDIO_FORMAT_ENUM_VALUES))
        raise ValueError(f"audio_format {audio_format!r} is not one of the channel's ({known})")
    return int(audio_format.rpartition("_")[2])


def audio_format_of(opening: realtime.Opening | None) -> str:
    """The audio format a session was opened with: its query's, else the server's default."""
    audio_format = opening.query.get("audio_format") if opening is not None else None
    return audio_format if isinstance(audio_format, str) else DEFAULT_AUDIO_FORMAT


def audio_chunk(
    audio: bytes | bytearray | memoryview, rate: int, *, commit: bool = False, previous_text: str | None = None
) -> dict[str, Any]:
    """The input_audio_chunk message: the audio in base64, with the session's sample rate."""
    if not isinstance(audio, (bytes, bytearray, memoryview)):
        raise TypeError(f"audio must be bytes (PCM in the session's audio_format), not {type(audio).__name__}")
    message: dict[str, Any] = {
        "message_type": "input_audio_chunk",
        "audio_base_64": base64.b64encode(audio).decode("ascii"),
        "commit": commit,
        "sample_rate": rate,
    }
    if previous_text is not None:
        message["previous_text"] = previous_text
    return message


class Tally:
    """When the transcription of a whole source is over: the sender has sent all of it and its last commit,
    and the server has answered with a committed transcript (with timestamps, when asked for: it comes
    last) each commit the sender made (manual). With vad the server commits on its own too, and nothing
    tells its commits from the answer to the last one (one of its own may still be on its way when the last
    commit goes out): once a committed transcript came after the last commit, the transcription is over
    when the server has said nothing more for SETTLE_SECONDS. Updated from the sender's thread or task and
    from the reader's."""

    def __init__(self, *, vad: bool, timestamps: bool) -> None:
        self.vad = vad
        self.answer = "committed_transcript_with_timestamps" if timestamps else "committed_transcript"
        self.commits = 0  # sent by the sender
        self.answered = 0  # committed transcripts received
        self.after_last = 0  # ... since the last commit was about to be sent
        self.audio = False  # any audio sent
        self.pending = False  # audio sent since the last commit
        self.last = False  # the last commit is sent (or none was needed)

    def sent_audio(self) -> None:
        self.audio = self.pending = True

    def commit_now(self) -> bool:
        """At a COMMIT marker: whether to commit (not with nothing sent since the last commit)."""
        if not self.pending:
            return False
        self.pending = False
        self.commits += 1
        return True

    def commit_last(self) -> bool:
        """At the end of the source: whether to commit. With vad, whatever the server committed on its own:
        what it still holds (speech with no silence after it) is committed only so."""
        needed = self.pending or (self.vad and self.audio)
        if needed:
            self.pending = False
            self.commits += 1
            self.last = self.vad  # with vad, before the commit goes out: its answer may come back at once
        return needed

    def done(self) -> None:
        self.last = True

    def received(self, event: Any) -> None:
        if getattr(event, "message_type", None) == self.answer:
            self.answered += 1
            self.after_last += self.last

    def over(self) -> bool:
        if not self.last:
            return False
        if self.vad:
            return not self.audio
        return self.answered >= self.commits

    def settling(self) -> bool:
        """With vad: the last commit may have been answered; what the server still sends is read until
        it falls silent."""
        return self.vad and self.last and self.after_last >= 1


def wait(sending: bool, settling: bool) -> float | None:
    """How long the reader waits for the next message before it looks at the Tally again."""
    if settling:
        return SETTLE_SECONDS
    return SENDER_POLL_SECONDS if sending else None  # None: the connection's read timeout


def unfinished() -> RealtimeError:
    return RealtimeError("the server closed the connection before it answered the last commit", code=1000)
