"""The text in one chunk of an LLM's stream, whichever SDK made it, told by its shape alone.

No LLM SDK is imported: a chunk is read by attribute or, for a dict (the same events decoded from JSON),
by key. The shapes, as the SDKs stream them:

* OpenAI Responses: an event `{"type": "response.output_text.delta", "delta": "..."}`.
* OpenAI Chat Completions: `{"choices": [{"delta": {"content": "..."}}]}` (content None on the role
  and finish chunks).
* Anthropic Messages: `{"type": "content_block_delta", "delta": {"type": "text_delta", "text": "..."}}`.
  Its helper stream (`messages.stream(...)`) also yields `{"type": "text", ...}` events repeating the
  same text: those are skipped, so nothing is said twice.
* Google Gemini: `{"candidates": [{"content": {"parts": [{"text": "..."}, ...]}}]}`; every text part
  counts but the model's thoughts (`"thought": true`).
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Iterable
from typing import Any

OPENAI_RESPONSES_DELTA = "response.output_text.delta"
ANTHROPIC_DELTA = "content_block_delta"
ANTHROPIC_TEXT_DELTA = "text_delta"
_END = object()  # what next() gives once a sync stream is over


def text_of(chunk: Any) -> str:
    """The text `chunk` carries ("" for a chunk with none: a role, a usage, a tool call, ...)."""
    if isinstance(chunk, str):
        return chunk
    if chunk is None or isinstance(chunk, int | float | bytes):
        return ""
    kind = _field(chunk, "type")
    if kind == OPENAI_RESPONSES_DELTA:
        return _text(_field(chunk, "delta"))
    if kind == ANTHROPIC_DELTA:
        delta = _field(chunk, "delta")
        return _text(_field(delta, "text")) if _field(delta, "type") == ANTHROPIC_TEXT_DELTA else ""
    choices = _field(chunk, "choices")
    if isinstance(choices, list | tuple) and choices:
        return _text(_field(_field(choices[0], "delta"), "content"))
    candidates = _field(chunk, "candidates")
    if isinstance(candidates, list | tuple) and candidates:
        parts = _field(_field(candidates[0], "content"), "parts")
        if isinstance(parts, list | tuple):
            return "".join(_text(_field(part, "text")) for part in parts if not _field(part, "thought"))
    return ""


def _field(value: Any, name: str) -> Any:
    if value is None:
        return None
    if isinstance(value, dict):
        return value.get(name)
    return getattr(value, name, None)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


async def texts(response: Any) -> AsyncIterator[str]:
    """Each non-empty text of `response`: an async iterable or an iterable of chunks, or an async context
    manager that gives one (Anthropic's `messages.stream(...)`). A stream left early (the answer was
    interrupted) is closed, so that the LLM's request ends too."""
    if not hasattr(response, "__aiter__") and hasattr(response, "__aenter__"):
        async with response as entered:
            async for text in texts(entered):
                yield text
        return
    if hasattr(response, "__aiter__"):
        try:
            async for chunk in response:
                text = text_of(chunk)
                if text:
                    yield text
        finally:
            await _close(response)
        return
    if isinstance(response, list | tuple):  # in memory: nothing to wait for
        for chunk in response:
            text = text_of(chunk)
            if text:
                yield text
        return
    if isinstance(response, Iterable) and not isinstance(response, str | bytes | dict):
        # A sync stream (an LLM SDK's sync client, a generator) waits on the network: each chunk is taken
        # on a worker thread, so that the server's other conversations, and this one's pings, go on.
        chunks = iter(response)
        try:
            while (chunk := await asyncio.to_thread(next, chunks, _END)) is not _END:
                text = text_of(chunk)
                if text:
                    yield text
        finally:
            # A generator still running its step on the thread cannot be closed; it ends with that step.
            if not (inspect.isgenerator(chunks) and inspect.getgeneratorstate(chunks) == inspect.GEN_RUNNING):
                await _close(response)
        return
    text = text_of(response)
    if not text and response is not None:
        raise TypeError(
            f"send_response takes a str, an (async) iterable of str or LLM stream chunks, not {type(response).__name__}"
        )
    if text:
        yield text


async def _close(stream: Any) -> None:
    # Async generators have aclose; the OpenAI and Anthropic SDKs' streams have close (a coroutine function).
    for name in ("aclose", "close"):
        method = getattr(stream, name, None)
        if callable(method):
            result = method()
            if inspect.isawaitable(result):
                await result
            return
