"""Where the audio of a whole source comes from, for transcribe_realtime: chunks as they are (with COMMIT
markers), a WAV file read with the stdlib, anything else (another file, a URL) through ffmpeg."""

from __future__ import annotations

import os
import shutil
import subprocess
import wave
from collections.abc import AsyncIterable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final, cast

from elevenlabs_api.models._literals import AUDIO_FORMAT_ENUM_VALUES

from .._errors import ElevenLabsError
from ._transcribing import DEFAULT_AUDIO_FORMAT, sample_rate

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


def unknown_chunk(chunk: object) -> TypeError:
    return TypeError(f"a chunk of the source must be bytes or COMMIT, not {type(chunk).__name__}")
