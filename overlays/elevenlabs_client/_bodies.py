"""The pieces streamed answers are made of: a body resumed after its first chunk was read (to have the
response, for with_raw_response), lines parsed as they arrive, events, and the RawResponse itself."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any, TypeVar

import httpx
from elevenlabs_api.api import RawResponse, ServerSentEvent

from ._parsing import parse_line
from ._streams import aevents, alines, events, lines

T = TypeVar("T")


def raw_answer(response: httpx.Response, data: T) -> RawResponse[T]:
    """What with_raw_response answers. The request it names has no key: ApiKeyAuth took it off once sent."""
    request = response.request
    return RawResponse(data, response.status_code, response.headers, request.method, str(request.url))


def resumed(first: bytes | None, chunks: Generator[bytes, None, None]) -> Generator[bytes, None, None]:
    """The body of a stream whose first chunk was read already (to have its response): that chunk, then the rest."""
    try:
        if first:
            yield first
        yield from chunks
    finally:
        chunks.close()


async def aresumed(first: bytes | None, chunks: AsyncGenerator[bytes, None]) -> AsyncGenerator[bytes, None]:
    try:
        if first:
            yield first
        async for chunk in chunks:
            yield chunk
    finally:
        await chunks.aclose()


def closing_events(chunks: Generator[bytes, None, None]) -> Generator[ServerSentEvent, None, None]:
    """The events of `chunks`, whose connection is closed when they are (a `break` out of the loop)."""
    try:
        yield from events(chunks)
    finally:
        chunks.close()


async def aclosing_events(chunks: AsyncGenerator[bytes, None]) -> AsyncGenerator[ServerSentEvent, None]:
    try:
        async for event in aevents(chunks):
            yield event
    finally:
        await chunks.aclose()


def parsed_lines(
    chunks: Generator[bytes, None, None], responses: list[httpx.Response], parse: Callable[[Any], T], strict: bool
) -> Generator[T, None, None]:
    """Each line's JSON object, parsed as it arrives; errors name the line (and the last response)."""
    try:
        for number, line in lines(chunks):
            yield parse_line(responses[-1], number, line, parse, strict)
    finally:
        chunks.close()


async def aparsed_lines(
    chunks: AsyncGenerator[bytes, None], responses: list[httpx.Response], parse: Callable[[Any], T], strict: bool
) -> AsyncGenerator[T, None]:
    try:
        async for number, line in alines(chunks):
            yield parse_line(responses[-1], number, line, parse, strict)
    finally:
        await chunks.aclose()
