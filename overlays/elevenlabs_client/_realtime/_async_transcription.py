"""Realtime speech to text, asyncio: as _transcription.py, awaited; a task sends the audio."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterable, AsyncIterator, Iterable
from typing import Any

from elevenlabs_api.realtime import speech_to_text_realtime

from .._errors import ElevenLabsError
from ._async_sessions import AsyncGenericSession, _pieces
from ._audio_sources import COMMIT, FFmpeg, unknown_chunk
from ._core import Silence
from ._transcribing import (
    Tally,
    TranscriptionEvent,
    audio_chunk,
    audio_format_of,
    sample_rate,
    unfinished,
    wait,
)


class AsyncTranscriptionSession(AsyncGenericSession, speech_to_text_realtime.AsyncSession):
    """As TranscriptionSession, awaited: `await session.send_audio(pcm)`, `async for event in session`."""

    @property
    def audio_format(self) -> str:
        """The audio format the session was opened with (the server's default when the query left it out)."""
        return audio_format_of(self.opening)

    @property
    def sample_rate(self) -> int:
        """The sample rate each chunk carries: the audio format's."""
        return sample_rate(self.audio_format)

    async def send_audio(
        self, audio: bytes | bytearray | memoryview, *, commit: bool = False, previous_text: str | None = None
    ) -> None:
        await self._connection.send(audio_chunk(audio, self.sample_rate, commit=commit, previous_text=previous_text))

    async def commit(self) -> None:
        await self.send_audio(b"", commit=True)

    async def __aiter__(self) -> AsyncIterator[TranscriptionEvent]:
        async for event in super().__aiter__():
            yield event

    async def _take(self, timeout: float | None = None, *, poll: bool = False) -> list[TranscriptionEvent] | None:
        if not self._received and await self.receive(timeout, poll=poll) is None:
            return None
        events = list(self._received)
        self._received.clear()
        return events


async def transcribe(
    session: AsyncTranscriptionSession,
    chunks: Iterable[Any] | AsyncIterable[Any],
    tally: Tally,
    ffmpeg: FFmpeg | None,
) -> AsyncIterator[TranscriptionEvent]:
    """As _transcription.transcribe, with a task sending; cancelling closes the connection and ends the task."""
    state: dict[str, Any] = {"error": None}
    sender = asyncio.create_task(_send(session, chunks, tally, state))
    try:
        while not tally.over():
            sending, settling = not sender.done(), tally.settling()
            try:
                events = await session._take(wait(sending, settling), poll=sending or settling)
            except Silence:
                if settling:
                    break  # with vad: the server has said all it had to say
                continue
            except ElevenLabsError:
                if state["error"] is not None and not isinstance(state["error"], ElevenLabsError):
                    raise state["error"] from None  # the source's failure, not the closed connection's
                raise
            if events is None:
                if state["error"] is not None:
                    raise state["error"]
                raise unfinished()
            for event in events:
                tally.received(event)
                yield event
        if state["error"] is not None:
            raise state["error"]
    finally:
        sender.cancel()
        if ffmpeg is not None:
            ffmpeg.stop()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await sender
        await session.close()


async def _send(
    session: AsyncTranscriptionSession, chunks: Iterable[Any] | AsyncIterable[Any], tally: Tally, state: dict[str, Any]
) -> None:
    try:
        async for chunk in _pieces(chunks):
            if chunk is COMMIT:
                if tally.commit_now():
                    await session.commit()
            elif isinstance(chunk, (bytes, bytearray, memoryview)):
                if chunk:
                    tally.sent_audio()
                    await session.send_audio(chunk)
            else:
                raise unknown_chunk(chunk)
        if tally.commit_last():
            await session.commit()
        tally.done()
    except asyncio.CancelledError:
        raise
    except BaseException as error:  # noqa: BLE001 - the source failed: it reaches the caller through the reader
        state["error"] = error
        await session.close()  # wakes the reader, which raises it
