"""`multipart/mixed` answers (music's detailed compose), read part by part as the body arrives.

`Splitter` turns chunks into events (a part's headers, a piece of its body, the end) holding back only
what may be the start of a boundary, so a part of any size passes through in bounded memory. The call
reads up to the second part's headers: the first part is the JSON metadata, parsed; the second (the
audio) is handed over as a stream of the rest of the body, which also checks the closing boundary.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from dataclasses import dataclass, field
from email.message import Message
from typing import Any, Self

import httpx
from elevenlabs_api.types import loads

from ._errors import ResponseValidationError
from ._streams import AsyncStream, Stream

LIMIT = 64 * 1024  # the most a part's headers may take before the body is called malformed
DEFAULT_FILENAME = "generated_music.mp3"  # the official SDK's name when the part gives none

# ("part", headers with lower-case names) | ("data", bytes of the current part's body)
Event = tuple[str, Any]


class MultipartError(ValueError):
    """What is wrong with the body; the requester's error adds the call and the response."""


class Splitter:
    """A push parser of RFC 2046 bodies: `feed` a chunk, get the events it completes; `end` when the body
    is over (it raises if the closing boundary never came). Lines may end in CRLF or a bare LF."""

    def __init__(self, boundary: str) -> None:
        self._dash = b"--" + boundary.encode("latin-1")
        self._delimiter = b"\n" + self._dash  # the CR before it, if any, is taken off the body
        self._buffer = b""
        self._state = "preamble"
        self._headers: dict[str, str] = {}
        self._header_bytes = 0
        self.parts = 0

    def feed(self, chunk: bytes) -> list[Event]:
        self._buffer += chunk
        events: list[Event] = []
        while self._step(events):
            pass
        return events

    def end(self) -> None:
        if self._state != "done":
            if self._state == "preamble":
                raise MultipartError(
                    f"has no boundary {self._dash[2:].decode('latin-1')!r}, which its Content-Type names"
                )
            where = f"in part {self.parts}" if self._state == "body" else f"in the headers of part {self.parts + 1}"
            raise MultipartError(f"ended {where}, without its closing boundary (cut short?)")

    def _step(self, events: list[Event]) -> bool:
        """Move on by what the buffer holds; False when more bytes are needed."""
        buffer = self._buffer
        if self._state == "preamble":
            found = buffer.find(self._dash)
            if found < 0:  # a preamble is skipped: only what may be the start of the boundary is kept
                self._buffer = buffer[-len(self._dash) :]
                return False
            self._buffer, self._state = buffer[found + len(self._dash) :], "boundary"
            return True
        if self._state == "boundary":  # the rest of a boundary's line: "--" closes the body
            if buffer.startswith(b"--"):
                self._buffer, self._state = b"", "done"
                return False
            newline = buffer.find(b"\n")
            if newline < 0:
                return False
            if buffer[:newline].strip():
                raise MultipartError(f"has {bytes(buffer[:40])!r} after a boundary, where a line end belongs")
            self._buffer, self._state, self._headers, self._header_bytes = buffer[newline + 1 :], "headers", {}, 0
            return True
        if self._state == "headers":
            newline = buffer.find(b"\n")
            if newline < 0 or self._header_bytes + newline > LIMIT:
                if self._header_bytes + len(buffer) > LIMIT:
                    raise MultipartError(f"has headers of more than {LIMIT} bytes in part {self.parts + 1}")
                return False
            line, self._buffer = buffer[:newline].rstrip(b"\r"), buffer[newline + 1 :]
            self._header_bytes += newline + 1
            if not line:
                self.parts += 1
                self._state = "body"
                events.append(("part", self._headers))
                return True
            name, colon, value = line.partition(b":")
            if not colon or not name.strip():
                raise MultipartError(
                    f"has a header line that is not 'Name: value' in part {self.parts + 1}: {line[:80]!r}"
                )
            self._headers[name.strip().lower().decode("latin-1")] = value.strip().decode("latin-1")
            return True
        if self._state == "body":
            found = buffer.find(self._delimiter)
            if found < 0:
                # Keep what may be the start of the delimiter (and the CR before it); hand over the rest.
                ready = len(buffer) - len(self._delimiter)
                if ready > 0:
                    events.append(("data", buffer[:ready]))
                    self._buffer = buffer[ready:]
                return False
            data = buffer[:found]
            if data.endswith(b"\r"):
                data = data[:-1]
            if data:
                events.append(("data", data))
            self._buffer, self._state = buffer[found + len(self._delimiter) :], "boundary"
            return True
        self._buffer = b""  # done: an epilogue is ignored
        return False


def boundary_of(response: httpx.Response) -> str:
    message = Message()
    message["content-type"] = response.headers.get("content-type", "")
    boundary = message.get_param("boundary")
    # Any multipart type is read alike: a vendor answering multipart/related tomorrow still parses.
    if message.get_content_maintype() != "multipart" or not isinstance(boundary, str) or not boundary:
        raise MultipartError(
            f"cannot be read: its Content-Type is {response.headers.get('content-type')!r}, not multipart/mixed with a boundary"
        )
    return boundary


class _Head:
    """Takes events until the second part's headers: the first must be JSON (an object), and is parsed."""

    def __init__(self) -> None:
        self.parts: list[dict[str, str]] = []
        self._json = bytearray()

    def take(self, event: Event) -> bool:
        """True once the second part has begun."""
        kind, value = event
        if kind == "data":
            self._json += value
            return False
        self.parts.append(value)
        if len(self.parts) == 1 and "json" not in value.get("content-type", ""):
            raise MultipartError(f"starts with a part of type {value.get('content-type')!r}, not the JSON metadata")
        return len(self.parts) == 2

    def result(self) -> tuple[dict[str, Any], str]:
        """The parsed JSON and the second part's file name."""
        if len(self.parts) < 2:
            raise MultipartError("ends after its JSON part: there is no audio part" if self.parts else "has no parts")
        try:
            data = loads(bytes(self._json))
        except ValueError as error:
            raise MultipartError(f"has a JSON part that is not JSON: {error}") from error
        if not isinstance(data, dict):
            raise MultipartError(f"has a JSON part that is a {type(data).__name__}, not an object")
        disposition = Message()
        disposition["content-disposition"] = self.parts[1].get("content-disposition", "")
        filename = disposition.get_param("filename", header="content-disposition")
        return data, filename if isinstance(filename, str) and filename else DEFAULT_FILENAME


def _invalid(response: httpx.Response, error: MultipartError) -> ResponseValidationError:
    request = response.request
    message = f"{request.method} {request.url.path}: the multipart/mixed body {error}"
    return ResponseValidationError(message, response=response, body=None, model=None, field=None)


def _events(chunks: Iterator[bytes], responses: list[httpx.Response]) -> Generator[Event, None, None]:
    splitter: Splitter | None = None
    try:
        for chunk in chunks:
            splitter = splitter or Splitter(boundary_of(responses[-1]))
            yield from splitter.feed(chunk)
        (splitter or Splitter(boundary_of(responses[-1]))).end()
    except MultipartError as error:
        raise _invalid(responses[-1], error) from None


async def _aevents(chunks: AsyncIterator[bytes], responses: list[httpx.Response]) -> AsyncGenerator[Event, None]:
    splitter: Splitter | None = None
    try:
        async for chunk in chunks:
            splitter = splitter or Splitter(boundary_of(responses[-1]))
            for event in splitter.feed(chunk):
                yield event
        (splitter or Splitter(boundary_of(responses[-1]))).end()
    except MultipartError as error:
        raise _invalid(responses[-1], error) from None


def _audio(events: Generator[Event, None, None], chunks: Generator[bytes, None, None]) -> Generator[bytes, None, None]:
    """The second part's body; any later part is read past, up to the closing boundary."""
    try:
        second = True
        for kind, value in events:
            if kind == "part":
                second = False
            elif second and value:
                yield value
    finally:
        events.close()
        chunks.close()


async def _aaudio(
    events: AsyncGenerator[Event, None], chunks: AsyncGenerator[bytes, None]
) -> AsyncGenerator[bytes, None]:
    try:
        second = True
        async for kind, value in events:
            if kind == "part":
                second = False
            elif second and value:
                yield value
    finally:
        await events.aclose()
        await chunks.aclose()


@dataclass(frozen=True)
class MultipartResponse:
    """See `elevenlabs_api.api.MultipartResponse`: `json`, `audio` (a stream), `filename`, `song_id`."""

    json: dict[str, Any]
    audio: Stream[bytes]
    filename: str
    headers: httpx.Headers = field(repr=False)

    @property
    def song_id(self) -> str | None:
        song_id: str | None = self.headers.get("song-id")
        return song_id

    def close(self) -> None:
        self.audio.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


@dataclass(frozen=True)
class AsyncMultipartResponse:
    """`MultipartResponse` with an `AsyncStream` as its audio."""

    json: dict[str, Any]
    audio: AsyncStream[bytes]
    filename: str
    headers: httpx.Headers = field(repr=False)

    @property
    def song_id(self) -> str | None:
        song_id: str | None = self.headers.get("song-id")
        return song_id

    async def aclose(self) -> None:
        await self.audio.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def read_multipart(chunks: Generator[bytes, None, None], responses: list[httpx.Response]) -> MultipartResponse:
    """Sends the request (iterating `chunks` does) and reads up to the audio part."""
    events, head = _events(chunks, responses), _Head()
    try:
        for event in events:
            if head.take(event):
                break
        data, filename = head.result()
    except MultipartError as error:
        events.close()
        chunks.close()
        raise _invalid(responses[-1], error) from None
    except BaseException:
        events.close()
        chunks.close()
        raise
    return MultipartResponse(data, Stream(_audio(events, chunks)), filename, responses[-1].headers)


async def aread_multipart(
    chunks: AsyncGenerator[bytes, None], responses: list[httpx.Response]
) -> AsyncMultipartResponse:
    events, head = _aevents(chunks, responses), _Head()
    try:
        async for event in events:
            if head.take(event):
                break
        data, filename = head.result()
    except MultipartError as error:
        await events.aclose()
        await chunks.aclose()
        raise _invalid(responses[-1], error) from None
    except BaseException:
        await events.aclose()
        await chunks.aclose()
        raise
    return AsyncMultipartResponse(data, AsyncStream(_aaudio(events, chunks)), filename, responses[-1].headers)
