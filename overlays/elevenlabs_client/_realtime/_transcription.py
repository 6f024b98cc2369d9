"""Realtime speech to text, sync: the channel's typed session, and the transcription of a whole source
(a thread sends the audio while the caller's thread reads the transcripts)."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import Any

from elevenlabs_api.realtime import speech_to_text_realtime

from .._errors import ElevenLabsError
from ._audio_sources import COMMIT, FFmpeg, unknown_chunk
from ._core import Silence
from ._sessions import GenericSession
from ._transcribing import (
    Tally,
    TranscriptionEvent,
    audio_chunk,
    audio_format_of,
    sample_rate,
    unfinished,
    wait,
)


class TranscriptionSession(GenericSession, speech_to_text_realtime.Session):
    """One realtime speech to text connection: `send_audio` (PCM in the session's audio_format, sent in base64
    with its sample rate), `commit`, and iterate the server's messages as their models (SessionStartedPayload,
    PartialTranscriptPayload, CommittedTranscriptPayload, CommittedTranscriptWithTimestampsPayload with
    include_timestamps=True, ...) until the server closes the connection. A server error message raises
    its typed RealtimeError (AuthenticationError for auth_error, RateLimitError for quota_exceeded, ...).
    `send(message)` takes the channel's message model or a dict as it is."""

    @property
    def audio_format(self) -> str:
        """The audio format the session was opened with (the server's default when the query left it out)."""
        return audio_format_of(self.opening)

    @property
    def sample_rate(self) -> int:
        """The sample rate each chunk carries: the audio format's."""
        return sample_rate(self.audio_format)

    def send_audio(
        self, audio: bytes | bytearray | memoryview, *, commit: bool = False, previous_text: str | None = None
    ) -> None:
        """Send PCM audio (`commit=True`: and commit the segment after it). `previous_text`: what was said
        before, as context; the server takes it with the first chunk only."""
        self._connection.send(audio_chunk(audio, self.sample_rate, commit=commit, previous_text=previous_text))

    def commit(self) -> None:
        """Commit the segment (the manual strategy): the server answers with its committed transcript."""
        self.send_audio(b"", commit=True)

    def __iter__(self) -> Iterator[TranscriptionEvent]:
        yield from super().__iter__()

    def _take(self, timeout: float | None = None, *, poll: bool = False) -> list[TranscriptionEvent] | None:
        """The messages of the next server message (more than one if some were waiting); None once the
        server closed. With `poll`, raises Silence when nothing arrives within `timeout`."""
        if not self._received and self.receive(timeout, poll=poll) is None:
            return None
        events = list(self._received)
        self._received.clear()
        return events


def transcribe(
    session: TranscriptionSession, chunks: Iterable[Any], tally: Tally, ffmpeg: FFmpeg | None
) -> Iterator[TranscriptionEvent]:
    """The session's events while a thread sends `chunks`, until the server answered the last commit (see
    Tally). Leaving early, an error in the chunks, Ctrl-C: the connection is closed, ffmpeg stopped and the
    thread ended before this returns (at once, unless the caller's own chunk iterable blocks)."""
    sender = _Sender(session, chunks, tally)
    sender.start()
    try:
        while not tally.over():
            sending, settling = not sender.done.is_set(), tally.settling()
            try:
                events = session._take(wait(sending, settling), poll=sending or settling)
            except Silence:
                if settling:
                    break  # with vad: the server has said all it had to say
                continue
            except ElevenLabsError:
                sender.raise_its_error(unless=ElevenLabsError)  # the source's failure, not the closed connection's
                raise
            if events is None:
                sender.raise_its_error()
                raise unfinished()
            for event in events:
                tally.received(event)
                yield event
        sender.raise_its_error()
    finally:
        sender.stop.set()
        if ffmpeg is not None:
            ffmpeg.stop()
        session.close()
        sender.join()


class _Sender(threading.Thread):
    def __init__(self, session: TranscriptionSession, chunks: Iterable[Any], tally: Tally) -> None:
        super().__init__(name="elevenlabs-transcription-sender", daemon=True)
        self._session = session
        self._chunks = chunks
        self._tally = tally
        self.stop = threading.Event()
        self.done = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            for chunk in self._chunks:
                if self.stop.is_set():
                    return
                if chunk is COMMIT:
                    if self._tally.commit_now():
                        self._session.commit()
                elif isinstance(chunk, (bytes, bytearray, memoryview)):
                    if chunk:
                        self._tally.sent_audio()
                        self._session.send_audio(chunk)
                else:
                    raise unknown_chunk(chunk)
            if self._tally.commit_last():
                self._session.commit()
            self._tally.done()
        except BaseException as error:  # noqa: BLE001 - the source failed (even Ctrl-C): it reaches the caller, not this thread
            self.error = error
            if not self.stop.is_set():
                self._session.close()  # wakes the reader, which raises it
        finally:
            self.done.set()

    def raise_its_error(self, unless: type[BaseException] | None = None) -> None:
        if self.error is not None and not (unless and isinstance(self.error, unless)):
            raise self.error
