"""The vendor's WebSocket channels, one module each, generated from its AsyncAPI documents:
`conversation` (/v1/convai/conversation),
`multi_stream_input` (/v1/text-to-speech/{voice_id}/multi-stream-input),
`speech_engine_upstream` (/speech-engine/upstream),
`speech_to_text_realtime` (/v1/speech-to-text/realtime),
`stream_input` (/v1/text-to-speech/{voice_id}/stream-input).

A group's method for a channel (`client.text_to_speech.realtime_session(...)`) builds the channel's
`Opening` and hands it, with the channel's `Channel`, to its requester's `open_realtime`: the client on
top of this package opens the connection and answers with a session for the channel's kind.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from importlib import import_module
from types import TracebackType
from typing import Any, Protocol, Self

from ..types import Unset

CHANNELS = (
    "conversation",
    "multi_stream_input",
    "speech_engine_upstream",
    "speech_to_text_realtime",
    "stream_input",
)


@dataclass(frozen=True)
class Channel:
    """What a channel is: its name (its module's), group and kind ("single", or "multi_context" when its
    messages name a context), path, the models of the messages each way, and the parser of
    an incoming message."""

    name: str
    group: str
    kind: str
    path: str
    sends: tuple[type, ...]
    receives: tuple[type, ...]
    parse: Callable[[dict[str, Any]], Any]


@dataclass(frozen=True)
class Opening:
    """How to open one connection: the path (its parameters filled in), the query and the first message."""

    path: str
    query: dict[str, str | list[str]]  # a list: the parameter repeats (`keyterms`)
    first_message: dict[str, Any] | None  # None: the channel has no opening message


def query_of(**values: object) -> dict[str, str | list[str]]:
    """The query of these parameters: one left unset is not sent (the server applies its own default);
    a bool goes as `true` or `false`, a number or a string as its text, a list as its items so (the
    parameter repeats, once per item: `keyterms`)."""
    return {
        name: [_query_text(item) for item in value] if isinstance(value, list) else _query_text(value)
        for name, value in values.items()
        if not isinstance(value, Unset)
    }


def _query_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class Session(Protocol):
    """An open connection, in a `with` block: iterate its events until the server is done. What else it
    offers (sending text, contexts, ...) depends on the channel's kind and on the client that opened it,
    which types its methods with the session class it hands out."""

    def __enter__(self) -> Self: ...

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None: ...

    def close(self) -> None: ...

    def __iter__(self) -> Iterator[Any]: ...


class AsyncSession(Protocol):
    """`Session` for `async with` and `async for`."""

    async def __aenter__(self) -> Self: ...

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None: ...

    async def close(self) -> None: ...

    def __aiter__(self) -> AsyncIterator[Any]: ...


def __getattr__(name: str) -> Any:
    # A channel's module is loaded when first named (`realtime.stream_input`), as the models package does.
    if name in CHANNELS:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
