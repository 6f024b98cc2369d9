"""The asyncio API: the same names as _sessions.py, awaited; the text may be a sync or async iterable."""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Iterable
from types import TracebackType
from typing import Any, Self, TypeVar

from elevenlabs_api import realtime

from .._errors import ElevenLabsError
from ._async import AsyncConnection
from ._core import RealtimeAudio, RealtimeEvent, RealtimeFinal, Silence, split_at_word, with_space
from ._sessions import KEEP_ALIVE_SECONDS, message_dict


class _AsyncSession:
    def __init__(self, connection: AsyncConnection) -> None:
        self._connection = connection
        self.closed = False

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        if not self.closed:
            self.closed = True
            await self._connection.close()

    @property
    def timeout(self) -> float:
        return self._connection.timeout

    async def receive(self, timeout: float | None = None, *, poll: bool = False) -> list[RealtimeEvent] | None:
        return await self._connection.receive(timeout, poll=poll)


class AsyncRealtimeSession(_AsyncSession):
    """As RealtimeSession, awaited: `await session.send(...)`, `async for event in session`."""

    async def send(self, text: str, *, flush: bool = False, try_trigger_generation: bool = False) -> None:
        message: dict[str, Any] = {"text": with_space(text)}
        if flush:
            message["flush"] = True
        if try_trigger_generation:
            message["try_trigger_generation"] = True
        await self._connection.send(message)

    async def flush(self) -> None:
        await self._connection.send({"text": " ", "flush": True})

    async def keep_alive(self) -> None:
        await self._connection.send({"text": " "})

    async def end(self) -> None:
        await self._connection.send({"text": ""})

    async def __aiter__(self) -> AsyncIterator[RealtimeEvent]:
        while (events := await self.receive()) is not None:
            for event in events:
                yield event
            if any(isinstance(event, RealtimeFinal) for event in events):
                return


class AsyncMultiContextSession(_AsyncSession):
    """As MultiContextSession, awaited."""

    async def open_context(self, context_id: str, text: str = " ", **settings: Any) -> None:
        message = {"text": with_space(text), "context_id": context_id}
        for name, value in settings.items():
            message[name] = value.to_dict() if hasattr(value, "to_dict") else value
        await self._connection.send(message)

    async def send(self, text: str, *, context_id: str, flush: bool = False) -> None:
        message: dict[str, Any] = {"text": with_space(text), "context_id": context_id}
        if flush:
            message["flush"] = True
        await self._connection.send(message)

    async def flush(self, context_id: str) -> None:
        await self._connection.send({"context_id": context_id, "text": "", "flush": True})

    async def keep_alive(self, context_id: str) -> None:
        await self._connection.send({"context_id": context_id, "text": ""})

    async def close_context(self, context_id: str) -> None:
        await self._connection.send({"context_id": context_id, "close_context": True})

    async def close_socket(self) -> None:
        await self._connection.send({"close_socket": True})

    async def __aiter__(self) -> AsyncIterator[RealtimeEvent]:
        while (events := await self.receive()) is not None:
            for event in events:
                yield event


class AsyncGenericSession(_AsyncSession):
    """As GenericSession, awaited: `await session.send(message)`, `async for message in session`."""

    # Made of (connection, channel, received, opening) by _open.py, which keeps each parsed message for it.
    yields_messages = True

    def __init__(
        self,
        connection: AsyncConnection,
        channel: realtime.Channel[Any, Any],
        received: deque[Any],
        opening: realtime.Opening | None = None,
    ) -> None:
        super().__init__(connection)
        self._channel = channel
        self.opening = opening  # how it was opened: its path, query and first message
        self._received = received

    async def send(self, message: Any) -> None:
        await self._connection.send(message_dict(self._channel, message))

    async def __aiter__(self) -> AsyncIterator[Any]:
        while True:
            while self._received:
                yield self._received.popleft()
            if await self.receive() is None:
                return


async def convert_realtime(
    session: AsyncRealtimeSession, text: Iterable[str] | AsyncIterable[str]
) -> AsyncIterator[bytes]:
    """Audio bytes as they arrive while a task sends the text; leaving early, an error in `text` or
    cancellation closes the connection and ends the task before this returns."""
    state: dict[str, Any] = {"error": None, "ended": False}
    sender = asyncio.create_task(_send(session, text, state))
    try:
        while True:
            try:
                if sender.done():
                    events = await session.receive()
                else:  # the text is still coming: a long pause in it gets a keep-alive
                    events = await session.receive(min(KEEP_ALIVE_SECONDS, session.timeout), poll=True)
            except Silence:
                if not sender.done():
                    await session.keep_alive()
                continue
            except ElevenLabsError:
                if state["error"] is not None:
                    raise state["error"] from None
                raise
            if events is None:
                if state["error"] is not None:
                    raise state["error"]
                if not state["ended"]:
                    raise ElevenLabsError("the server closed the connection before the text was sent")
                return
            for event in events:
                if isinstance(event, RealtimeAudio):
                    yield event.audio
            if any(isinstance(event, RealtimeFinal) for event in events):
                return
    finally:
        sender.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await sender
        await session.close()


async def _send(session: AsyncRealtimeSession, text: Iterable[str] | AsyncIterable[str], state: dict[str, Any]) -> None:
    try:
        buffer = ""
        async for piece in _pieces(text):
            ready, buffer = split_at_word(buffer + piece)
            if ready.strip():
                await session.send(ready)
        if buffer.strip():
            await session.send(buffer)
        await session.end()
        state["ended"] = True
    except asyncio.CancelledError:
        raise
    except BaseException as error:  # noqa: BLE001 - the caller's text failed: it reaches the caller through the reader
        state["error"] = error
        await session.close()


_END: Any = object()
T = TypeVar("T")


async def _pieces(items: Iterable[T] | AsyncIterable[T]) -> AsyncIterator[T]:
    """Each item of a sync or an async iterable. A sync one may block (an LLM client's stream, a
    microphone, ffmpeg's pipe): each item is read in a worker thread, so the event loop keeps handing
    over what arrives and sending keep-alives meanwhile."""
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield item
    else:
        iterator = iter(items)
        while (item := await asyncio.to_thread(next, iterator, _END)) is not _END:
            yield item
