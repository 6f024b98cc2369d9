"""What the realtime speech to text socket answers, without the I/O (the connection is _realtime.py's).

The fake "hears" one word per WORD_SECONDS of audio in a segment: a stretch of only silent samples is no
word, any other is TRANSCRIPT_WORDS[its first byte % len(TRANSCRIPT_WORDS)], so a test can predict
the text from the audio it sends (`transcript()` says it). Each chunk gets a partial transcript of the
segment so far; `commit: true` (or, with commit_strategy=vad, vad_silence_threshold_secs of silent
samples after some speech) commits the segment. A SocketFault's `error` is sent as the message_type of the
channel's error message, so each one the document lists (auth_error, quota_exceeded, unaccepted_terms, ...)
can be sent: `SocketFault(path="/v1/speech-to-text/realtime", error="auth_error", message=...)`."""

from __future__ import annotations

import base64
import binascii
import itertools
from collections import deque
from dataclasses import dataclass, field

from ._ids import _Json, _token

WORD_SECONDS = 0.1
TRANSCRIPT_WORDS = ("hello", "world", "this", "is", "a", "test", "of", "speech", "to", "text", "one", "more")
# The error kinds the connection fails a session with, as the speech to text channel names them.
_KINDS = {"invalid_input_message": "input_error", "input_timeout_exceeded": "insufficient_audio_activity"}
_IDLE = "No audio was received for too long: the session is closed."
# The query parameters session_started says back in its config (keyterms too, read apart).
_CONFIG = (
    "audio_format",
    "language_code",
    "commit_strategy",
    "vad_silence_threshold_secs",
    "vad_threshold",
    "min_speech_duration_ms",
    "min_silence_duration_ms",
    "model_id",
    "enable_logging",
    "include_timestamps",
    "include_language_detection",
    "no_verbatim",
)
_SESSIONS = itertools.count()  # numbers the sessions for their ids: deterministic within a run


def _format(audio_format: str) -> tuple[int, int, bytes]:
    """The sample rate and bytes per sample of an audio format such as pcm_16000, and the byte values a
    silent sample is made of."""
    kind, rate = audio_format.split("_")
    if kind == "ulaw":  # mu-law encodes zero as 0xFF (and negative zero as 0x7F)
        return int(rate), 1, b"\xff\x7f"
    return int(rate), 2, b"\x00"


def _silent(audio: bytes | bytearray, silence: bytes) -> bool:
    return not audio.translate(None, silence)  # nothing left once the silent bytes are taken out


def words(audio: bytes, audio_format: str = "pcm_16000", start: float = 0.0) -> list[_Json]:
    """The words heard in a segment's audio, with their start and end in seconds (from `start`)."""
    rate, width, silence = _format(audio_format)
    per_second = rate * width
    block = max(width, round(WORD_SECONDS * rate) * width)
    heard = []
    for offset in range(0, len(audio), block):
        part = audio[offset : offset + block]
        if not _silent(part, silence):
            heard.append(
                {
                    "text": TRANSCRIPT_WORDS[part[0] % len(TRANSCRIPT_WORDS)],
                    "start": round(start + offset / per_second, 6),
                    "end": round(start + (offset + len(part)) / per_second, 6),
                    "type": "word",
                }
            )
    return heard


def transcript(audio: bytes, audio_format: str = "pcm_16000") -> str:
    """The text the fake transcribes a segment's audio to."""
    return " ".join(word["text"] for word in words(audio, audio_format))


@dataclass
class _Out:
    due: float
    message: _Json | None  # None: close the socket with `close`
    close: tuple[int, str] = (1000, "")
    audio: bool = False  # a transcript: what SocketFault.after counts

    def payload(self) -> _Json:
        assert self.message is not None
        return self.message


@dataclass
class Transcription:
    """One speech to text connection: the segment being heard, and what is due to be sent."""

    query: _Json  # the query as _realtime_spec.query_errors read it
    keyterms: list[str]  # repeated in the URL, so not in `query`
    delay: float
    outbox: deque[_Out] = field(default_factory=deque)
    started: bool = True  # the channel has no opening message: every message is checked as any message
    closing: bool = False
    segment: bytearray = field(default_factory=bytearray)  # the audio since the last commit
    before: int = 0  # bytes of audio before the segment
    scanned: int = 0  # bytes of the segment voice activity detection has looked at
    silent_run: int = 0  # silent samples in a row at the end of what it looked at
    spoke: bool = False  # the segment has a sample that is not silent
    chunks: int = 0
    rate: int = field(init=False)
    width: int = field(init=False)  # bytes per sample
    silence: bytes = field(init=False)  # the byte values silent samples are made of

    def __post_init__(self) -> None:
        self.rate, self.width, self.silence = _format(self.query["audio_format"])
        config = {"sample_rate": self.rate, **{name: self.query[name] for name in _CONFIG}}
        if self.keyterms:
            config["keyterms"] = self.keyterms
        config = {name: value for name, value in config.items() if value is not None}
        session_id = _token(f"scribe-session/{next(_SESSIONS)}", 32, "0123456789abcdef")
        self._queue(0.0, {"message_type": "session_started", "session_id": session_id, "config": config})

    def receive(self, message: _Json, now: float) -> None:
        if self.closing:
            return
        self.chunks += 1
        audio = self._audio(message)
        if audio is None:
            return
        self.segment += audio
        if self.query["commit_strategy"] == "vad":
            while (cut := self._silence_end()) is not None:
                self._commit(now, cut)
        if audio and self.segment:
            self._queue(now, {"message_type": "partial_transcript", "text": self._text(self.segment)}, audio=True)
        if message["commit"]:
            self._commit(now, len(self.segment))

    def _audio(self, message: _Json) -> bytes | None:
        """The chunk's audio; None (and the session failed) if the chunk is one the vendor refuses."""
        try:
            audio = base64.b64decode(message["audio_base_64"], validate=True)
        except (binascii.Error, ValueError):
            problem = "audio_base_64 is not valid base64"
        else:
            if message["sample_rate"] != self.rate:
                problem = f"sample_rate {message['sample_rate']} is not the audio format's, {self.rate}"
            elif "previous_text" in message and self.chunks > 1:
                problem = "previous_text is only allowed with the first chunk"
            else:
                return audio
        self.fail({"message": problem, "error": "invalid_input_message", "code": 1008}, (1008, problem))
        return None

    def _silence_end(self) -> int | None:
        """Where a long enough silence after speech ends in the segment, if it has one."""
        needed = max(1, round(self.query["vad_silence_threshold_secs"] * self.rate))
        end = len(self.segment) - len(self.segment) % self.width
        for offset in range(self.scanned, end, self.width):
            if _silent(self.segment[offset : offset + self.width], self.silence):
                self.silent_run += 1
                if self.spoke and self.silent_run >= needed:
                    return offset + self.width
            else:
                self.silent_run, self.spoke = 0, True
        self.scanned = end
        return None

    def _commit(self, now: float, cut: int) -> None:
        audio, self.segment = bytes(self.segment[:cut]), self.segment[cut:]
        start = self.before / (self.rate * self.width)
        self.before += cut
        self.scanned, self.silent_run, self.spoke = 0, 0, False
        text = self._text(audio)
        self._queue(now, {"message_type": "committed_transcript", "text": text}, audio=True)
        if self.query["include_timestamps"]:
            message: _Json = {"message_type": "committed_transcript_with_timestamps", "text": text}
            language = self.query["language_code"] or ("en" if self.query["include_language_detection"] else None)
            if language is not None:
                message["language_code"] = language
            message["words"] = words(audio, self.query["audio_format"], start)
            self._queue(now, message, audio=True)

    def _text(self, audio: bytes | bytearray) -> str:
        return transcript(bytes(audio), self.query["audio_format"])

    def expire(self, now: float, timeout: float) -> float | None:
        return None  # one stream: the connection's inactivity timeout is all there is

    def idle(self) -> bool:
        return not self.closing

    def _queue(self, now: float, message: _Json, audio: bool = False) -> None:
        self.outbox.append(_Out(self._due(now + self.delay), message, audio=audio))

    def _due(self, when: float) -> float:
        """Never before the message queued ahead."""
        return max(when, self.outbox[-1].due if self.outbox else when)

    def fail(self, message: _Json | None, close: tuple[int, str]) -> None:
        """Replace what is pending with an error message (if any) and a close; a refused client message
        comes after the answers to the messages before it, though. The connection words errors as text to
        speech does ({"message", "error", "code"}): they are sent in this channel's shape."""
        if message is None or message["error"] != "invalid_input_message":
            self.outbox.clear()
        if message is not None:
            kind = _KINDS.get(message["error"], message["error"])
            text = _IDLE if message["error"] == "input_timeout_exceeded" else message["message"]
            self.outbox.append(_Out(self._due(0.0), {"message_type": kind, "error": text}))
            close = (close[0], text.encode()[:123].decode(errors="ignore"))
        self.outbox.append(_Out(self._due(0.0), None, close))
        self.closing = True


def session(query: _Json, target: str, delay: float) -> Transcription:
    """The session of a connection whose handshake was accepted."""
    from urllib.parse import parse_qs, urlsplit

    keyterms = parse_qs(urlsplit(target).query, keep_blank_values=True).get("keyterms", [])
    return Transcription(query, keyterms, delay)
