"""What the sync and async transcription sessions share, with no socket: the audio chunk message, where the
audio of a whole source comes from (chunks, a WAV file read with the stdlib, anything else through ffmpeg),
and when a transcription of a whole source is over."""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import wave
from collections.abc import AsyncIterable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, TypeAlias, cast

from elevenlabs_api import realtime
from elevenlabs_api.models import (
    CommittedTranscriptEntitiesPayload,
    CommittedTranscriptPayload,
    CommittedTranscriptWithTimestampsPayload,
    PartialTranscriptPayload,
    SessionStartedPayload,
)
from elevenlabs_api.models.audio_format_enum import AUDIO_FORMAT_ENUM_VALUES

from .._errors import ElevenLabsError, RealtimeError

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
# A file or URL is sent in chunks of this much audio: a few per second, as a microphone would send it.
CHUNK_SECONDS = 0.25
FFMPEG_MISSING = (
    "ffmpeg is needed to read {what} (install it: Debian and Ubuntu: apt install ffmpeg; macOS: brew install "
    "ffmpeg; others: https://ffmpeg.org/download.html), or send 16-bit mono PCM yourself"
)


class Commit:
    """The type of COMMIT."""

    def __repr__(self) -> str:
        return "COMMIT"


# In a chunk source, between the chunks: commit the segment here (the manual strategy's "on request").
COMMIT: Final = Commit()

Chunks = Iterable[bytes | Commit] | AsyncIterable[bytes | Commit]
# A whole source for transcribe_realtime: chunks of audio in the session's audio_format, a file's path,
# or a URL (http, https, or any other that ffmpeg reads).
AudioSource = str | os.PathLike[str] | Chunks


class FFmpegNotFoundError(ElevenLabsError, RuntimeError):
    """A file that is not 16-bit mono PCM WAV, or a URL, needs ffmpeg, and it is not on the PATH
    (a RuntimeError too, as the official SDK raises)."""


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


def is_url(source: object) -> bool:
    return isinstance(source, str) and "://" in source


def wav_format(path: str | os.PathLike[str]) -> str | None:
    """The audio format a WAV file's samples are sent in as they are (16-bit mono PCM at a rate the channel
    takes); None for any other file, which ffmpeg converts. Raises FileNotFoundError for no file."""
    try:
        with wave.open(os.fspath(path), "rb") as wav:
            audio_format = f"pcm_{wav.getframerate()}"
            fits = wav.getnchannels() == 1 and wav.getsampwidth() == 2 and wav.getcomptype() == "NONE"
    except (wave.Error, EOFError):
        return None  # not a WAV file (or one the stdlib does not read): ffmpeg's
    return audio_format if fits and audio_format in AUDIO_FORMAT_ENUM_VALUES else None


def wav_chunks(path: str | os.PathLike[str]) -> Iterator[bytes]:
    with wave.open(os.fspath(path), "rb") as wav:
        frames = max(1, round(wav.getframerate() * CHUNK_SECONDS))
        while chunk := wav.readframes(frames):
            yield chunk


def ffmpeg_command(source: str | os.PathLike[str], audio_format: str) -> list[str]:
    """ffmpeg reading `source` (a file or a URL) and writing the channel's audio format to stdout."""
    executable = shutil.which("ffmpeg")
    if executable is None:
        what = f"the URL {source}" if is_url(source) else f"{Path(source).name} (not a 16-bit mono PCM WAV file)"
        raise FFmpegNotFoundError(FFMPEG_MISSING.format(what=what))
    encoding = "mulaw" if audio_format.startswith("ulaw") else "s16le"
    rate = str(sample_rate(audio_format))
    return [
        executable,
        "-nostdin",
        "-loglevel",
        "error",
        "-i",
        os.fspath(source),
        "-f",
        encoding,
        "-ar",
        rate,
        "-ac",
        "1",
        "-",
    ]


def chunk_bytes(audio_format: str) -> int:
    width = 1 if audio_format.startswith("ulaw") else 2
    return round(sample_rate(audio_format) * CHUNK_SECONDS) * width


class FFmpeg:
    """One ffmpeg process converting a source; `stop()` (from any thread) ends it, and with it the chunks."""

    def __init__(self, source: str | os.PathLike[str], audio_format: str) -> None:
        self.command = ffmpeg_command(source, audio_format)
        self.size = chunk_bytes(audio_format)
        self.source = source
        self._process: subprocess.Popen[bytes] | None = None
        self._stopped = False

    def chunks(self) -> Iterator[bytes]:
        # stderr is read once ffmpeg has ended: at -loglevel error it says little, far less than a pipe holds.
        process = subprocess.Popen(
            self.command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        self._process = process
        assert process.stdout is not None and process.stderr is not None
        with process.stdout, process.stderr:  # closed by the thread that reads them
            try:
                while chunk := process.stdout.read(self.size):
                    yield chunk
                if self._stopped:
                    return
                failure = process.stderr.read().decode(errors="replace").strip()
                if process.wait() != 0:
                    raise ffmpeg_failed(self.source, process.returncode, failure)
            finally:
                self.stop()

    def stop(self) -> None:
        """End ffmpeg (from any thread): the chunks end with its output."""
        self._stopped = True
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait()


def ffmpeg_failed(source: object, code: int | None, said: str) -> ElevenLabsError:
    return ElevenLabsError(f"ffmpeg could not read {source}: exit status {code}: {said[-500:] or 'no message'}")


@dataclass
class Source:
    """A whole source, resolved: its chunks (a sync or async iterable of bytes and COMMIT markers), the
    audio format to open the session with, and the ffmpeg process to stop, if any."""

    chunks: Chunks
    audio_format: str | None  # None: the caller's, or the server's default
    ffmpeg: FFmpeg | None = None


def resolve(source: AudioSource, audio_format: str | None) -> Source:
    """Where `source`'s audio comes from, given the audio_format asked for (None: not asked)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        raise TypeError("source is one chunk of bytes: pass a list of chunks ([audio]), a path or a URL")
    if isinstance(source, (str, os.PathLike)):
        if not is_url(source):
            native = wav_format(source)
            if native is not None and audio_format in (None, native):
                return Source(wav_chunks(source), native)
        ffmpeg = FFmpeg(source, audio_format or DEFAULT_AUDIO_FORMAT)
        return Source(ffmpeg.chunks(), audio_format or DEFAULT_AUDIO_FORMAT, ffmpeg)
    if not isinstance(source, (Iterable, AsyncIterable)):
        raise TypeError(f"source must be chunks of bytes, a path or a URL, not {type(source).__name__}")
    return Source(cast("Chunks", source), audio_format)  # mypy keeps str here, which the branch above took


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


def unknown_chunk(chunk: object) -> TypeError:
    return TypeError(f"a chunk of the source must be bytes or COMMIT, not {type(chunk).__name__}")


def unfinished() -> RealtimeError:
    return RealtimeError("the server closed the connection before it answered the last commit", code=1000)
