"""What a text to speech socket answers, without the I/O: text is buffered per context as the vendor
documents, and each generation becomes one audio message, due `delay` seconds after the text that
triggered it (and never before the message queued ahead of it)."""

from __future__ import annotations

import base64
import hashlib
import re
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from ._ids import _Json

CHAR_MS = 50  # every character of the fake's speech lasts this long
DEFAULT_SCHEDULE = [120, 160, 250, 290]  # the documented default chunk_length_schedule
TRY_TRIGGER_MINIMUM = 50  # undocumented by the vendor; the lowest chunk length a schedule may ask for
NORMAL_CLOSE = (1000, "")


def _bytes_per_ms(output_format: str) -> int:
    """Bytes of audio a millisecond, from the format's name: mp3_44100_128 is 128 kbit/s, pcm_16000 16-bit."""
    kind, rate, *bitrate = output_format.split("_")
    if bitrate:
        return max(1, int(bitrate[0]) // 8)
    return int(rate) * (2 if kind == "pcm" else 1) // 1000


def realtime_audio(voice_id: str, text: str, output_format: str) -> bytes:
    """The audio the fake speaks `text` with: CHAR_MS per character, a hash-seeded byte pattern."""
    size = len(text) * CHAR_MS * _bytes_per_ms(output_format)
    return hashlib.shake_256(f"realtime/{voice_id}/{output_format}/{text}".encode()).digest(size)


# The alignment's keys as each channel spells them: text to speech's camelCase, and the agents' snake_case.
TTS_ALIGNMENT = ("chars", "charStartTimesMs", "charsDurationsMs")
AGENT_ALIGNMENT = ("chars", "char_start_times_ms", "char_durations_ms")


def alignment(text: str, keys: tuple[str, str, str] = TTS_ALIGNMENT) -> _Json:
    """Each character of `text` CHAR_MS long, one after the other, under the channel's `keys`."""
    chars, starts, durations = keys
    return {
        chars: list(text),
        starts: [k * CHAR_MS for k in range(len(text))],
        durations: [CHAR_MS] * len(text),
    }


@dataclass
class _Context:
    schedule: list[float]
    last_heard: float
    buffer: str = ""
    generations: int = 0


@dataclass
class _Outgoing:
    due: float
    message: _Json | None  # None: close the socket with `close`
    close: tuple[int, str] = NORMAL_CLOSE
    # (voice_id, text, output_format) of an audio message: its audio is made when it is sent, so that a
    # client flooding the socket with text costs the server little until it reads the answers.
    speech: tuple[str, str, str] | None = None

    @property
    def audio(self) -> bool:
        return self.speech is not None

    def payload(self) -> _Json:
        """The message to send (not a close), its audio made now."""
        assert self.message is not None
        if self.speech is None:
            return self.message
        return {"audio": base64.b64encode(realtime_audio(*self.speech)).decode(), **self.message}


@dataclass
class Session:
    """One connection's contexts and what is due to be sent. A channel without contexts has the one context None."""

    context: dict[str, str] | None  # the field naming a context, as sent and as received (x-realtime)
    voice_id: str
    query: _Json
    delay: float
    contexts: dict[str | None, _Context] = field(default_factory=dict)
    outbox: deque[_Outgoing] = field(default_factory=deque)
    closing: bool = False  # a close is queued: later messages are ignored
    started: bool = False  # the first message arrived

    @property
    def multi(self) -> bool:
        return self.context is not None

    def receive(self, message: _Json, now: float) -> None:
        if self.closing:
            return
        first, self.started = not self.started, True
        if self.multi:
            self._multi(message, now)
        else:
            self._single(message, now, first)

    def _single(self, message: _Json, now: float, first: bool) -> None:
        text = message.get("text", "")
        if first:
            self._open(None, message, now)
            text = text.strip()  # the initial " " only opens the stream
        context = self.contexts[None]
        if not first and text == "":  # the end of the text
            self._generate(None, context, now)
            self._queue(now, {"isFinal": True})
            self._queue(now, None)
            return
        self._add(None, context, text, now, message)

    def _multi(self, message: _Json, now: float) -> None:
        if message.get("close_socket"):
            for context_id, context in self.contexts.items():
                self._generate(context_id, context, now)
                self._final(context_id, now)
            self.contexts.clear()
            self._queue(now, None)
            return
        assert self.context is not None
        # The document's own WebsocketTTSClientMessageMulti spells it as the server does: both are read.
        context_id = message.get(self.context["sends"], message.get(self.context["receives"]))
        if message.get("close_context"):
            if self.contexts.pop(context_id, None) is not None:
                self._final(context_id, now)  # what was already generated still goes first
            return
        text = message.get("text") or ""
        if context_id not in self.contexts:
            self._open(context_id, message, now)
            text = "" if text == " " else text
        self._add(context_id, self.contexts[context_id], text, now, message)  # "" is a keep-alive

    def _open(self, context_id: str | None, message: _Json, now: float) -> None:
        schedule = (message.get("generation_config") or {}).get("chunk_length_schedule") or DEFAULT_SCHEDULE
        self.contexts[context_id] = _Context(list(schedule), now)

    def _add(self, context_id: str | None, context: _Context, text: str, now: float, message: _Json) -> None:
        context.last_heard = now
        context.buffer += text
        step = context.schedule[min(context.generations, len(context.schedule) - 1)]
        if message.get("try_trigger_generation"):
            step = min(step, TRY_TRIGGER_MINIMUM)
        if message.get("flush") or self.query.get("auto_mode") or len(context.buffer) >= step:
            self._generate(context_id, context, now)

    def expire(self, now: float, timeout: float) -> float | None:
        """Multi-context: close each context that heard nothing for `timeout` seconds, as inactivity_timeout
        says ("before a context is closed"), with its final message; return when the next one would be."""
        if not self.multi or self.closing:
            return None
        for context_id, context in list(self.contexts.items()):
            if now >= context.last_heard + timeout:
                del self.contexts[context_id]
                self._final(context_id, now)
        return min((context.last_heard + timeout for context in self.contexts.values()), default=None)

    def idle(self) -> bool:
        """Whether the connection itself may time out: multi-context ones only once no context is left."""
        return not self.closing and not (self.multi and (self.contexts or self.outbox))

    def _generate(self, context_id: str | None, context: _Context, now: float) -> None:
        text, context.buffer = context.buffer, ""
        if not text.strip():
            return
        context.generations += 1
        message: _Json = {"is_final" if self.multi else "isFinal": False}
        if self.query.get("sync_alignment"):
            message["normalizedAlignment"] = alignment(re.sub(r"\s+", " ", text))
            message["alignment"] = alignment(text)
        if self.context is not None and context_id is not None:
            message[self.context["receives"]] = context_id
        self._queue(now, message, (self.voice_id, text, self.query["output_format"]))

    def _final(self, context_id: str | None, now: float) -> None:
        # FinalOutputMulti requires `isFinal`, while the document's own example and its
        # WebsocketTTSServerMessageMulti say `is_final`: both are sent, so a client reading either works.
        message: _Json = {"isFinal": True, "is_final": True}
        if self.context is not None and context_id is not None:
            message[self.context["receives"]] = context_id
        self._queue(now, message)

    def _queue(self, now: float, message: _Json | None, speech: tuple[str, str, str] | None = None) -> None:
        due = max(now + self.delay, self.outbox[-1].due if self.outbox else now)
        self.outbox.append(_Outgoing(due, message, speech=speech))
        self.closing = message is None

    def fail(self, message: _Json | None, close: tuple[int, str]) -> None:
        """Replace whatever is pending with an error message (if any) and a close, sent at once."""
        self.outbox.clear()
        if message is not None:
            self.outbox.append(_Outgoing(0.0, message))
        self.outbox.append(_Outgoing(0.0, None, close))
        self.closing = True


def error_message(message: str, error: str, code: int = 1008) -> tuple[_Json, tuple[int, str]]:
    """The vendor's error message, and the close that follows it (the reason is the message, cut to the
    123 bytes a close frame can carry, as the vendor cuts it)."""
    reason = message.encode()[:123].decode(errors="ignore")
    return {"message": message, "error": error, "code": code}, (code, reason)


def decode_message(data: Any) -> Any:
    """Strip the top-level nulls a client may send for an optional field (the official SDK sends
    `voice_settings: null`, which the vendor accepts) before the message is checked."""
    if isinstance(data, dict):
        return {key: value for key, value in data.items() if value is not None}
    return data
