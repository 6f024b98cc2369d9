"""What a streaming operation returns: the body as it arrives, which can also be saved to a file."""

from __future__ import annotations

import os
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from pathlib import Path
from typing import Any, Generic, TypeVar

from ._files import asave_chunks, save_chunks

T = TypeVar("T")


class Stream(Generic[T]):
    """Chunks of a body (or objects, one a line) as they arrive. Nothing is sent until iteration starts.

    Breaking out of a `for` loop over it closes the connection; a stream kept in a variable and not
    read to its end should be closed (`close()`, or `with`).
    """

    def __init__(self, source: Generator[T, None, None]) -> None:
        self._source = source

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        return next(self._source)

    def close(self) -> None:
        self._source.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def save(self: Stream[bytes], path: str | os.PathLike[str]) -> Path:
        """Write the whole body to `path`; the file appears only once it is complete."""
        return save_chunks(self, path)


class AsyncStream(Generic[T]):
    """The async twin of `Stream`: `async for chunk in stream`; awaiting it first (`await`) gives it back."""

    def __init__(self, source: AsyncGenerator[T, None]) -> None:
        self._source = source

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

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def save(self: AsyncStream[bytes], path: str | os.PathLike[str]) -> Path:
        """Write the whole body to `path`; the file appears only once it is complete."""
        return await asave_chunks(self, path)


def lines(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """The non-empty lines of a body that arrives in chunks, each as soon as its newline does."""
    pending = b""
    for chunk in chunks:
        pending += chunk
        *complete, pending = pending.split(b"\n")
        yield from (line for line in complete if line.strip())
    if pending.strip():
        yield pending


async def alines(chunks: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    pending = b""
    async for chunk in chunks:
        pending += chunk
        *complete, pending = pending.split(b"\n")
        for line in complete:
            if line.strip():
                yield line
    if pending.strip():
        yield pending
