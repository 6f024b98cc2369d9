"""The sync API: `convert_realtime` (the official shape), a session, a multi-context session, and the
generic session of a channel this client has none of its own for."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Any, Self

from elevenlabs_api import realtime

from .._errors import ElevenLabsError
from ._core import RealtimeAudio, RealtimeEvent, RealtimeFinal, Silence, split_at_word, with_space
from ._sync import SyncConnection

# The vendor closes a connection that hears nothing for inactivity_timeout (20 s by default): during a
# pause in the caller's text, a single space goes out this often, as the vendor documents for keep-alive.
KEEP_ALIVE_SECONDS = 10.0


class _Session:
    def __init__(self, connection: SyncConnection) -> None:
        self._connection = connection
        self.closed = False

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (at once: audio not yet received is dropped)."""
        if not self.closed:
            self.closed = True
            self._connection.close()

    @property
    def timeout(self) -> float:
        """Seconds to wait for a server message before APITimeoutError (the client's or the call's read timeout)."""
        return self._connection.timeout

    def receive(self, timeout: float | None = None, *, poll: bool = False) -> list[RealtimeEvent] | None:
        """The events of the next server message; None once the server closed the connection normally."""
        return self._connection.receive(timeout, poll=poll)


class RealtimeSession(_Session):
    """One stream-input connection: `send` text, `flush`, `end`, and iterate the events
    (RealtimeAudio, RealtimeFinal) as they arrive; the iteration stops after the final one."""

    def send(self, text: str, *, flush: bool = False, try_trigger_generation: bool = False) -> None:
        """Send text (a space is added if it does not end with one, as the vendor asks)."""
        message: dict[str, Any] = {"text": with_space(text)}
        if flush:
            message["flush"] = True
        if try_trigger_generation:
            message["try_trigger_generation"] = True
        self._connection.send(message)

    def flush(self) -> None:
        """Generate what the server holds now, without ending the stream."""
        self._connection.send({"text": " ", "flush": True})

    def keep_alive(self) -> None:
        """Reset the server's inactivity timer (a single space, as the vendor documents)."""
        self._connection.send({"text": " "})

    def end(self) -> None:
        """No more text: the server generates what is left, sends the final message, and closes."""
        self._connection.send({"text": ""})

    def __iter__(self) -> Iterator[RealtimeEvent]:
        while (events := self.receive()) is not None:
            yield from events
            if any(isinstance(event, RealtimeFinal) for event in events):
                return


class MultiContextSession(_Session):
    """One multi-stream-input connection, several contexts by id. Iterating yields every context's
    events (each says its `context_id`) until the server closes the connection."""

    def open_context(self, context_id: str, text: str = " ", **settings: Any) -> None:
        """Open (or re-initialise) a context; `settings` are voice_settings, generation_config,
        pronunciation_dictionary_locators."""
        message = {"text": with_space(text), "context_id": context_id}
        for name, value in settings.items():
            message[name] = value.to_dict() if hasattr(value, "to_dict") else value
        self._connection.send(message)

    def send(self, text: str, *, context_id: str, flush: bool = False) -> None:
        message: dict[str, Any] = {"text": with_space(text), "context_id": context_id}
        if flush:
            message["flush"] = True
        self._connection.send(message)

    def flush(self, context_id: str) -> None:
        self._connection.send({"context_id": context_id, "text": "", "flush": True})

    def keep_alive(self, context_id: str) -> None:
        self._connection.send({"context_id": context_id, "text": ""})

    def close_context(self, context_id: str) -> None:
        """Stop the context: nothing more is generated for it (an interruption)."""
        self._connection.send({"context_id": context_id, "close_context": True})

    def close_socket(self) -> None:
        """Generate what every context holds, send their finals, then close the connection."""
        self._connection.send({"close_socket": True})

    def __iter__(self) -> Iterator[RealtimeEvent]:
        while (events := self.receive()) is not None:
            yield from events


class GenericSession(_Session):
    """A channel this client has no session of its own for: `send` any of the channel's client messages
    (its model, or the same as a dict); iterating yields each server message as its model (one of a kind
    the document does not describe as a dict) until the server closes the connection."""

    # Made of (connection, channel, received, opening) by _open.py, which keeps each parsed message for it.
    yields_messages = True

    def __init__(
        self,
        connection: SyncConnection,
        channel: realtime.Channel[Any, Any],
        received: deque[Any],
        opening: realtime.Opening | None = None,
    ) -> None:
        super().__init__(connection)
        self._channel = channel
        self.opening = opening  # how it was opened: its path, query and first message
        self._received = received  # filled as the connection parses each message

    def send(self, message: Any) -> None:
        self._connection.send(message_dict(self._channel, message))

    def __iter__(self) -> Iterator[Any]:
        while True:
            while self._received:
                yield self._received.popleft()
            if self.receive() is None:
                return


def message_dict(channel: realtime.Channel[Any, Any], message: Any) -> dict[str, Any]:
    """A client message as sent: one of the channel's models, or a dict."""
    if isinstance(message, dict):
        return message
    if not isinstance(message, channel.sends):
        names = ", ".join(model.__name__ for model in channel.sends)
        raise TypeError(f"{channel.path} takes {names} or a dict, not {type(message).__name__}")
    model: Any = message  # one of the channel's generated models
    return dict(model.to_dict())


def convert_realtime(session: RealtimeSession, text: Iterable[str]) -> Iterator[bytes]:
    """Audio bytes as they arrive, while a thread sends the caller's text as soon as it ends at a word
    boundary. Leaving the loop early, an error in `text`, Ctrl-C: the connection is closed and the
    thread ended before this returns (the thread ends at once unless `text` itself blocks)."""
    sender = _Sender(session, text)
    sender.start()
    try:
        while True:
            try:
                if sender.done.is_set():
                    events = session.receive()
                else:  # the text is still coming: a long pause in it gets a keep-alive
                    events = session.receive(min(KEEP_ALIVE_SECONDS, session.timeout), poll=True)
            except Silence:
                if not sender.done.is_set():
                    session.keep_alive()
                continue
            except ElevenLabsError:
                sender.raise_its_error()
                raise
            if events is None:
                sender.raise_its_error()
                if not sender.ended:
                    raise ElevenLabsError("the server closed the connection before the text was sent")
                return
            for event in events:
                if isinstance(event, RealtimeAudio):
                    yield event.audio
            if any(isinstance(event, RealtimeFinal) for event in events):
                return
    finally:
        sender.stop.set()
        session.close()
        sender.join()


class _Sender(threading.Thread):
    """Sends the caller's text; its error, if any, is raised in the caller's thread by convert_realtime."""

    def __init__(self, session: RealtimeSession, text: Iterable[str]) -> None:
        super().__init__(name="elevenlabs-realtime-sender", daemon=True)
        self._session = session
        self._text = text
        self.stop = threading.Event()
        self.done = threading.Event()
        self.ended = False
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            buffer = ""
            for piece in self._text:
                if self.stop.is_set():
                    return
                ready, buffer = split_at_word(buffer + piece)
                if ready.strip():
                    self._session.send(ready)
            if buffer.strip():
                self._session.send(buffer)
            self._session.end()
            self.ended = True
        except BaseException as error:  # noqa: BLE001 - the caller's text failed (even Ctrl-C): it reaches the caller, not this thread
            self.error = error
            if not self.stop.is_set():
                self._session.close()
        finally:
            self.done.set()

    def raise_its_error(self) -> None:
        if self.error is not None:
            raise self.error
