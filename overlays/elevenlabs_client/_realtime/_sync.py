"""The sync layer over websockets.sync.client: open with retries, send, receive with a timeout, close."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

from websockets.exceptions import ConnectionClosed, WebSocketException
from websockets.sync.client import ClientConnection, connect

from .._errors import APIConnectionError, APITimeoutError, ElevenLabsError
from .._settings import Settings
from . import _core

logger = logging.getLogger("elevenlabs_client")
# websockets logs the handshake's headers, the key among them, at debug level: it gets a logger that
# writes nothing, outside the logging tree (no parent to propagate to, whatever the app configures).
QUIET = logging.Logger("elevenlabs_client.websockets")  # noqa: LOG001 - deliberately outside the tree
QUIET.disabled = True


class SyncTransport:
    """Opens a channel's connection for the generated `open_channel` (elevenlabs_api.realtime)."""

    def __init__(self, base_url: str, api_key: str, settings: Settings) -> None:
        self.base_url = base_url
        self._api_key = api_key
        self.settings = settings

    def __repr__(self) -> str:
        return f"SyncTransport(base_url={self.base_url!r})"

    def open(
        self, path: str, query: Mapping[str, str | list[str]], first_message: dict[str, Any] | None, parse: Any
    ) -> SyncConnection:
        settings = self.settings
        extra = {key: str(value) for key, value in (settings.extras.query if settings.extras else {}).items()}
        url = _core.websocket_url(self.base_url, path, {**query, **extra})
        # Nothing was sent before the handshake completes: every attempt is safe to repeat.
        for attempt in range(settings.max_retries + 1):
            try:
                socket = _connect(url, _core.headers(self._api_key, settings), _core.connect_timeout(settings))
                break
            except ElevenLabsError as error:
                delay = settings.retry_delay(attempt, error)
                if delay is None:
                    raise
                logger.info("retrying the realtime connection to %s in %.2f s: %s", _core.where(url), delay, error)
                time.sleep(delay)
        connection = SyncConnection(socket, parse, settings)
        if first_message is not None:  # a channel may open with no message (speech to text)
            connection.send(first_message)
        return connection


def _connect(url: str, headers: dict[str, str], timeout: float | None) -> ClientConnection:
    try:
        # Entered as a context manager, the form every supported websockets version takes; the
        # connection closes through its __exit__ (SyncConnection.close).
        return connect(
            url,
            additional_headers=headers,
            open_timeout=timeout,
            max_size=None,
            proxy=None,
            logger=QUIET,
        ).__enter__()
    except (OSError, WebSocketException) as error:  # TimeoutError is an OSError; InvalidStatus a WebSocketException
        raise _core.handshake_failed(url, error) from None


class SyncConnection:
    """One open connection: JSON messages out, events in."""

    def __init__(self, socket: ClientConnection, parse: Callable[[dict[str, Any]], Any], settings: Settings) -> None:
        self._socket = socket
        self._parse = parse
        self._strict = settings.strict
        self.timeout = _core.message_timeout(settings)
        self._aborted = False

    def __repr__(self) -> str:
        return "SyncConnection()"

    def send(self, message: dict[str, Any]) -> None:
        try:
            self._socket.send(json.dumps(message))
        except ConnectionClosed as error:
            raise _closed(error) or APIConnectionError("the realtime connection is closed") from None

    def receive(self, timeout: float | None = None, *, poll: bool = False) -> list[_core.RealtimeEvent] | None:
        """The events of the next message; None once the server closed normally. Raises APITimeoutError
        when nothing arrives within `timeout` (default: the connection's)."""
        wait = self.timeout if timeout is None else timeout
        try:
            raw = self._socket.recv(timeout=wait)
        except TimeoutError:
            if poll:
                raise _core.Silence from None
            # A server that stopped answering would not answer a close either: drop the TCP connection.
            self._socket.socket.close()
            self._aborted = True
            raise APITimeoutError(f"no message from the server within {wait:g} s") from None
        except ConnectionClosed as error:
            problem = _closed(error)
            if problem is not None:
                raise problem from None
            return None
        return list(_core.events(raw, self._parse, self._strict))

    def close(self) -> None:
        if self._aborted:
            return
        try:
            self._socket.__exit__(None, None, None)
        except (OSError, WebSocketException):
            pass  # already gone: nothing more to release


def _closed(error: ConnectionClosed) -> ElevenLabsError | None:
    if error.rcvd is None and error.sent is not None:
        return None  # we closed it
    close = error.rcvd
    return _core.closed(close.code if close else None, close.reason if close else "", received_close=close is not None)
