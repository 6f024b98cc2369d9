"""The sync layer over websockets.sync.client: the I/O that _core asks for (connect, send, receive, close)."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

from websockets.exceptions import ConcurrencyError, ConnectionClosed, WebSocketException
from websockets.sync.client import ClientConnection, connect

from .._errors import APIConnectionError
from .._settings import Settings
from . import _core


class SyncTransport(_core.Transport):
    def open(
        self, path: str, query: Mapping[str, str | list[str]], first_message: dict[str, Any] | None, parse: Any
    ) -> SyncConnection:
        return open_at(self.handshake(path, query), self.settings, first_message, parse)


def open_at(
    handshake: _core.Handshake, settings: Settings, first_message: dict[str, Any] | None, parse: Any
) -> SyncConnection:
    """Connect as `handshake` says (a channel's, or a signed URL's) and send the first message."""
    connection = SyncConnection(_connect_retrying(handshake), parse, settings)
    if first_message is not None:  # a channel may open with no message (speech to text)
        try:
            connection.send(first_message)
        except BaseException:  # Ctrl-C too: no session holds the connection yet, to close it
            connection.close()
            raise
    return connection


def _connect_retrying(handshake: _core.Handshake) -> ClientConnection:
    while True:
        try:
            # Entered as a context manager, the form every supported websockets version takes; the
            # connection closes through its __exit__ (SyncConnection.close).
            connection: ClientConnection = connect(handshake.url, **handshake.options()).__enter__()
            return connection
        except (OSError, WebSocketException) as error:  # TimeoutError is an OSError; InvalidStatus a WebSocketException
            failure = handshake.failed(error)
        time.sleep(handshake.retry_delay(failure))  # raises `failure` when it is not retried


class SyncConnection(_core.Connection[ClientConnection]):
    """One open connection: JSON messages out, events in."""

    def __init__(self, socket: ClientConnection, parse: Callable[[dict[str, Any]], Any], settings: Settings) -> None:
        super().__init__(socket, parse, settings)
        self._closed = threading.Event()  # set when close() has ended, from whichever thread called it

    def send(self, message: dict[str, Any]) -> None:
        try:
            self._socket.send(json.dumps(message))
        except ConnectionClosed as error:
            raise _core.connection_closed(error) or APIConnectionError("the realtime connection is closed") from None

    def receive(self, timeout: float | None = None, *, poll: bool = False) -> list[_core.RealtimeEvent] | None:
        """The events of the next message; None once the server closed normally. Raises APITimeoutError
        when nothing arrives within `timeout` (default: the connection's)."""
        wait = self._wait(timeout)
        try:
            raw = self._socket.recv(timeout=wait)
        except TimeoutError:
            raise self._silent(wait, poll=poll) from None
        except ConnectionClosed as error:
            return self._ended(error)
        except ConcurrencyError:  # another thread is closing and reads what is left: the end, once it has
            if not self._closed.wait(wait):
                raise APIConnectionError("another thread is reading this realtime connection") from None
            return self.receive(timeout, poll=poll)
        return self._events(raw)

    def close(self) -> None:
        """The closing handshake, while a thread reads and drops what the server still sends: websockets
        stops reading once 16 messages wait unread, and the server's answer to our close comes after the
        audio it has sent, so without the reader a close during a stream (Ctrl-C) would wait out
        websockets' close_timeout (10 s) and the server would never hear it."""
        if self._aborted:
            self._closed.set()
            return
        reader = threading.Thread(target=self._drop_messages, name="elevenlabs-realtime-close", daemon=True)
        reader.start()
        try:
            self._socket.__exit__(None, None, None)
        except (OSError, WebSocketException):
            pass  # already gone: nothing more to release
        reader.join()  # the connection is closed: its recv has ended
        self._closed.set()

    def _drop_messages(self) -> None:
        try:
            while True:
                self._socket.recv()
        except WebSocketException:  # closed; or ConcurrencyError: the caller's thread is reading already
            pass

    def _abort(self) -> None:
        # A shutdown, not a close: websockets' reader thread waits in select() on this socket, and an end of
        # stream wakes it, to close the socket and end with its keepalive thread. Closing the descriptor
        # under it would take the socket out of its select(), wake-up included: both would wait for ever.
        with contextlib.suppress(OSError):  # the reader has closed it already
            self._socket.socket.shutdown(socket.SHUT_RDWR)
