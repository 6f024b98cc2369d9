"""What a streaming operation returns: the body as it arrives, which can also be saved to a file."""

from __future__ import annotations

import json
import os
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from pathlib import Path
from typing import Any, Generic, TypeVar

from elevenlabs_api.api import ServerSentEvent

from ._files import asave_chunks, save_chunks

T = TypeVar("T")


class Stream(Generic[T]):
    """Chunks of a body (or objects, one a line) as they arrive. Nothing is sent until iteration starts.

    Breaking out of a `for` loop over it closes the connection; a stream kept in a variable and not
    read to its end should be closed (`close()`, or `with`).
    """

    def __init__(self, source: Generator[T, None, None], opened: Generator[bytes, None, None] | None = None) -> None:
        self._source = source
        # The body's chunks when the request was sent before the stream was made (with_raw_response): closing
        # a source that never started would not reach them, and their connection would stay open.
        self._opened = opened

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        return next(self._source)

    def close(self) -> None:
        self._source.close()
        if self._opened is not None:
            self._opened.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def save(self: Stream[bytes], path: str | os.PathLike[str]) -> Path:
        """Write the whole body to `path`; the file appears only once it is complete."""
        return save_chunks(self, path)


class AsyncStream(Generic[T]):
    """The async twin of `Stream`: `async for chunk in stream`; awaiting it first (`await`) gives it back."""

    def __init__(self, source: AsyncGenerator[T, None], opened: AsyncGenerator[bytes, None] | None = None) -> None:
        self._source = source
        self._opened = opened  # as for Stream

    def __aiter__(self) -> AsyncIterator[T]:
        return self

    async def __anext__(self) -> T:
        return await anext(self._source)

    def __await__(self) -> Generator[Any, None, AsyncStream[T]]:
        # `async for c in await client.history.get_audio(...)` (this client's first form) and
        # `async for c in client.text_to_speech.convert(...)` (the official SDK's) both work.
        return self._itself().__await__()

    async def _itself(self) -> AsyncStream[T]:
        return self

    async def aclose(self) -> None:
        await self._source.aclose()
        if self._opened is not None:
            await self._opened.aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def save(self: AsyncStream[bytes], path: str | os.PathLike[str]) -> Path:
        """Write the whole body to `path`; the file appears only once it is complete."""
        return await asave_chunks(self, path)


def lines(chunks: Iterator[bytes], blank: bool = False) -> Iterator[tuple[int, bytes]]:
    """The lines of a body that arrives in chunks, numbered from 1, each as soon as its newline is in
    (without it, or a `\r` before it); blank ones only if `blank`."""
    pending, number = b"", 0
    for chunk in chunks:
        pending += chunk
        *complete, pending = pending.split(b"\n")
        for line in complete:
            number += 1
            if blank or line.strip():
                yield number, line.removesuffix(b"\r")
    if pending.strip():
        yield number + 1, pending.removesuffix(b"\r")


async def alines(chunks: AsyncIterator[bytes], blank: bool = False) -> AsyncIterator[tuple[int, bytes]]:
    pending, number = b"", 0
    async for chunk in chunks:
        pending += chunk
        *complete, pending = pending.split(b"\n")
        for line in complete:
            number += 1
            if blank or line.strip():
                yield number, line.removesuffix(b"\r")
    if pending.strip():
        yield number + 1, pending.removesuffix(b"\r")


class EventReader:
    """Server-sent events from the lines of a `text/event-stream` body (the WHATWG rules): `field: value`
    lines build an event, a blank line hands it over, a line starting with `:` is a comment."""

    def __init__(self) -> None:
        self._event, self._data = "", list[str]()
        self._id: str | None = None
        self._retry: int | None = None

    def line(self, raw: bytes) -> ServerSentEvent | None:
        text = raw.decode("utf-8", errors="replace")
        if not text:
            return self._dispatch()
        if text.startswith(":"):
            return None
        field, _, value = text.partition(":")
        value = value.removeprefix(" ")
        if field == "event":
            self._event = value
        elif field == "data":
            self._data.append(value)
        elif field == "id":
            self._id = value
        elif field == "retry" and value.isdigit():
            self._retry = int(value)
        return None

    def end(self) -> ServerSentEvent | None:
        return self._dispatch()

    def _dispatch(self) -> ServerSentEvent | None:
        if not self._data and not self._event:
            return None
        data = "\n".join(self._data)
        try:
            parsed: Any = json.loads(data)
        except ValueError:
            parsed = data
        event = ServerSentEvent(event=self._event or "message", data=parsed, id=self._id, retry=self._retry)
        self._event, self._data = "", []
        return event


def events(chunks: Iterator[bytes]) -> Iterator[ServerSentEvent]:
    reader = EventReader()
    for _, line in lines(chunks, blank=True):
        if (event := reader.line(line)) is not None:
            yield event
    if (event := reader.end()) is not None:
        yield event


async def aevents(chunks: AsyncIterator[bytes]) -> AsyncIterator[ServerSentEvent]:
    reader = EventReader()
    async for _, line in alines(chunks, blank=True):
        if (event := reader.line(line)) is not None:
            yield event
    if (event := reader.end()) is not None:
        yield event
