"""What a group's generated channel method reaches through the requester (`open_realtime`): the one
transport opens the connection, and `SESSIONS` says which session class is handed it. This is the one
place that maps channels to sessions. A channel not listed here (one the next AsyncAPI document adds)
gets a generic session with the channel's generated `send_<message>` methods: the channel module's typed
`Session` protocol, which the group's method is annotated with, is a mixin of it too.

A hand-written session is annotated by its group's overlay class instead (`_resources.py` for the text to
speech ones, whose `send(text)` and events are their own); one that keeps `send(model)` and yields the
channel's models may subclass the channel module's `Session` (`AsyncSession`) to get its methods and
honour the generated annotation.
"""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Callable
from typing import Any, TypeVar, cast

from elevenlabs_api import realtime

from .. import _realtime
from .._settings import Settings
from . import _core

# A channel (its module's name in elevenlabs_api.realtime) -> its session classes, sync and async, by their
# names in _realtime. By channel, not by kind: a new channel of a known kind may still speak other messages.
SESSIONS: dict[str, tuple[str, str]] = {
    "stream_input": ("RealtimeSession", "AsyncRealtimeSession"),
    "multi_stream_input": ("MultiContextSession", "AsyncMultiContextSession"),
    "speech_to_text_realtime": ("TranscriptionSession", "AsyncTranscriptionSession"),
}
GENERIC = ("GenericSession", "AsyncGenericSession")

S = TypeVar("S")


def open_session(
    base_url: str, api_key: str, settings: Settings, channel: realtime.Channel[S, Any], opening: realtime.Opening
) -> S:
    from ._sync import SyncTransport  # a sync program does not load websockets' asyncio client, nor asyncio

    parse, session = _session_of(channel, SYNC, opening)
    connection = SyncTransport(base_url, api_key, settings).open(
        opening.path, opening.query, opening.first_message, parse
    )
    return cast(S, session(connection))


async def open_async_session(
    base_url: str, api_key: str, settings: Settings, channel: realtime.Channel[Any, S], opening: realtime.Opening
) -> S:
    from ._async import AsyncTransport

    parse, session = _session_of(channel, ASYNC, opening)
    connection = await AsyncTransport(base_url, api_key, settings).open(
        opening.path, opening.query, opening.first_message, parse
    )
    return cast(S, session(connection))


def open_signed_session(
    url: str, settings: Settings, channel: realtime.Channel[S, Any], first_message: dict[str, Any] | None
) -> S:
    """As open_session, at a URL the API signed (the agents' get_signed_url): no API key is sent."""
    from ._sync import open_at

    parse, session = _session_of(channel, SYNC)
    connection = open_at(_core.signed_handshake(url, settings), settings, first_message, parse)
    return cast(S, session(connection))


async def open_async_signed_session(
    url: str, settings: Settings, channel: realtime.Channel[Any, S], first_message: dict[str, Any] | None
) -> S:
    from ._async import open_at

    parse, session = _session_of(channel, ASYNC)
    connection = await open_at(_core.signed_handshake(url, settings), settings, first_message, parse)
    return cast(S, session(connection))


SYNC, ASYNC = 0, 1  # which of a SESSIONS entry's two classes


def _session_of(
    channel: realtime.Channel[Any, Any], layer: int, opening: realtime.Opening | None = None
) -> tuple[Callable[[dict[str, Any]], Any], Callable[[Any], Any]]:
    """The parse function the connection uses, and what makes the channel's session of the connection: a
    session that yields the server's messages (the generic one, speech to text's) is handed each as it
    is parsed, and how it was opened (speech to text's sample rate is its audio_format's; None at a signed
    URL, whose query the API wrote)."""
    name = SESSIONS.get(channel.name, GENERIC)[layer]
    session = getattr(_realtime, name)
    if not getattr(session, "yields_messages", False):
        return channel.parse, session
    if name == GENERIC[layer]:  # a hand-written one that yields messages subclasses the protocol itself
        session = with_methods(session, (channel.session, channel.async_session)[layer])
    received: deque[Any] = deque()
    return kept(channel.parse, received), lambda connection: session(connection, channel, received, opening)


@functools.cache
def with_methods(session: type, protocol: type) -> type:
    """The generic session class with the channel's typed protocol (`conversation.Session`) as a mixin:
    its `send_<message>` methods build the message and call the session's `send`. Made once a channel."""
    return type(session.__name__, (session, protocol), {"__module__": session.__module__, "__doc__": session.__doc__})


def kept(parse: Callable[[dict[str, Any]], Any], received: deque[Any]) -> Callable[[dict[str, Any]], Any]:
    """`parse` that also keeps each message it parsed, in order, for a generic session to yield: the
    connection's receive (errors, closes, timeouts) stays the one every session uses."""

    def parse_and_keep(data: dict[str, Any]) -> Any:
        message = parse(data)
        received.append(message)
        return message

    return parse_and_keep
