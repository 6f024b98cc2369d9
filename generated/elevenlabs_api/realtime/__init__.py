"""The vendor's WebSocket channels, one module each, generated from its AsyncAPI documents:
`conversation` (/v1/convai/conversation),
`multi_stream_input` (/v1/text-to-speech/{voice_id}/multi-stream-input),
`speech_engine_upstream` (/speech-engine/upstream),
`speech_to_text_realtime` (/v1/speech-to-text/realtime),
`stream_input` (/v1/text-to-speech/{voice_id}/stream-input).

A group's method for a channel (`client.text_to_speech.realtime_session(...)`) builds the channel's
`Opening` and hands it, with the channel's `Channel`, to its requester's `open_realtime`: the client on
top of this package opens the connection and answers with a session, typed as the channel module's
`Session` (`AsyncSession`): a `send_<message>` method for each client message, its events as models.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from importlib import import_module
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Protocol, Self, TypeVar

from ..types import Unset

CHANNELS = (
    "conversation",
    "multi_stream_input",
    "speech_engine_upstream",
    "speech_to_text_realtime",
    "stream_input",
)

S_co = TypeVar("S_co", covariant=True)
A_co = TypeVar("A_co", covariant=True)


@dataclass(frozen=True)
class Channel(Generic[S_co, A_co]):
    """What a channel is: its name (its module's), group and kind ("single", or "multi_context" when its
    messages name a context), path, the models of the messages each way, the parser of an incoming
    message, and its sessions' typed protocols, sync and async (its module's `Session` and `AsyncSession`,
    which `open_realtime` answers with: the type parameters): a client's generic session takes their
    `send_<message>` methods as a mixin."""

    name: str
    group: str
    kind: str
    path: str
    sends: tuple[type, ...]
    receives: tuple[type, ...]
    parse: Callable[[dict[str, Any]], Any]
    # type, not type[S_co]: a protocol class is no concrete type[...] to a type checker.
    session: type
    async_session: type


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
    """An open connection, in a `with` block: iterate its events until the server is done. Each channel's
    module extends it with what the channel sends and receives (its `Session`)."""

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


# A channel's module is loaded when first named (`realtime.stream_input`), as the models package does.
# Type checkers read the imports instead: a module __getattr__ would make every name of this package Any.
if TYPE_CHECKING:
    from . import conversation as conversation
    from . import multi_stream_input as multi_stream_input
    from . import speech_engine_upstream as speech_engine_upstream
    from . import speech_to_text_realtime as speech_to_text_realtime
    from . import stream_input as stream_input
else:

    def __getattr__(name: str) -> Any:
        if name in CHANNELS:
            return import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
