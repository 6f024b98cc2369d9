"""The asyncio layer over websockets.asyncio.client: the same as _sync.py, awaited."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Mapping
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, WebSocketException

from .._errors import APIConnectionError, APITimeoutError, ElevenLabsError
from .._settings import Settings
from . import _core
from ._sync import QUIET, _closed

logger = logging.getLogger("elevenlabs_client")


class AsyncTransport:
    """Opens a channel's connection for the generated `open_channel`; `open` returns an awaitable."""

    def __init__(self, base_url: str, api_key: str, settings: Settings) -> None:
        self.base_url = base_url
        self._api_key = api_key
        self.settings = settings

    def __repr__(self) -> str:
        return f"AsyncTransport(base_url={self.base_url!r})"

    async def open(
        self, path: str, query: Mapping[str, str | list[str]], first_message: dict[str, Any] | None, parse: Any
    ) -> AsyncConnection:
        settings = self.settings
        extra = {key: str(value) for key, value in (settings.extras.query if settings.extras else {}).items()}
        url = _core.websocket_url(self.base_url, path, {**query, **extra})
        for attempt in range(settings.max_retries + 1):
            try:
                socket = await _connect(url, _core.headers(self._api_key, settings), _core.connect_timeout(settings))
                break
            except ElevenLabsError as error:
                delay = settings.retry_delay(attempt, error)
                if delay is None:
                    raise
                logger.info("retrying the realtime connection to %s in %.2f s: %s", _core.where(url), delay, error)
                await asyncio.sleep(delay)
        connection = AsyncConnection(socket, parse, settings)
        if first_message is not None:  # a channel may open with no message (speech to text)
            await connection.send(first_message)
        return connection


async def _connect(url: str, headers: dict[str, str], timeout: float | None) -> ClientConnection:
    try:
        return await connect(
            url, additional_headers=headers, open_timeout=timeout, max_size=None, proxy=None, logger=QUIET
        )
    except (OSError, WebSocketException) as error:  # TimeoutError is an OSError; InvalidStatus a WebSocketException
        raise _core.handshake_failed(url, error) from None


class AsyncConnection:
    def __init__(self, socket: ClientConnection, parse: Callable[[dict[str, Any]], Any], settings: Settings) -> None:
        self._socket = socket
        self._parse = parse
        self._strict = settings.strict
        self.timeout = _core.message_timeout(settings)
        self._aborted = False

    def __repr__(self) -> str:
        return "AsyncConnection()"

    async def send(self, message: dict[str, Any]) -> None:
        try:
            await self._socket.send(json.dumps(message))
        except ConnectionClosed as error:
            raise _closed(error) or APIConnectionError("the realtime connection is closed") from None

    async def receive(self, timeout: float | None = None, *, poll: bool = False) -> list[_core.RealtimeEvent] | None:
        wait = self.timeout if timeout is None else timeout
        try:
            async with asyncio.timeout(wait):
                raw = await self._socket.recv()
        except TimeoutError:
            if poll:
                raise _core.Silence from None
            # A server that stopped answering would not answer a close either: drop the TCP connection.
            self._socket.transport.abort()
            self._aborted = True
            raise APITimeoutError(f"no message from the server within {wait:g} s") from None
        except ConnectionClosed as error:
            problem = _closed(error)
            if problem is not None:
                raise problem from None
            return None
        return list(_core.events(raw, self._parse, self._strict))

    async def close(self) -> None:
        if self._aborted:
            return
        try:
            await self._socket.close()
        except (OSError, WebSocketException):
            pass  # already gone: nothing more to release
