"""The asyncio layer over websockets.asyncio.client: the same as _sync.py, awaited."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Mapping
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConcurrencyError, ConnectionClosed, WebSocketException

from .._errors import APIConnectionError
from .._settings import Settings
from . import _core


class AsyncTransport(_core.Transport):
    """`open` returns an awaitable."""

    async def open(
        self, path: str, query: Mapping[str, str | list[str]], first_message: dict[str, Any] | None, parse: Any
    ) -> AsyncConnection:
        return await open_at(self.handshake(path, query), self.settings, first_message, parse)


async def open_at(
    handshake: _core.Handshake, settings: Settings, first_message: dict[str, Any] | None, parse: Any
) -> AsyncConnection:
    connection = AsyncConnection(await _connect_retrying(handshake), parse, settings)
    if first_message is not None:  # a channel may open with no message (speech to text)
        try:
            await connection.send(first_message)
        except BaseException:  # cancellation too: no session holds the connection yet, to close it
            await connection.close()
            raise
    return connection


async def _connect_retrying(handshake: _core.Handshake) -> ClientConnection:
    while True:
        try:
            return await connect(handshake.url, **handshake.options())
        except (OSError, WebSocketException) as error:  # TimeoutError is an OSError; InvalidStatus a WebSocketException
            failure = handshake.failed(error)
        await asyncio.sleep(handshake.retry_delay(failure))  # raises `failure` when it is not retried


class AsyncConnection(_core.Connection[ClientConnection]):
    def __init__(self, socket: ClientConnection, parse: Callable[[dict[str, Any]], Any], settings: Settings) -> None:
        super().__init__(socket, parse, settings)
        self._closed = asyncio.Event()  # set when close() has ended, from whichever task called it

    async def send(self, message: dict[str, Any]) -> None:
        try:
            await self._socket.send(json.dumps(message))
        except ConnectionClosed as error:
            raise _core.connection_closed(error) or APIConnectionError("the realtime connection is closed") from None

    async def receive(self, timeout: float | None = None, *, poll: bool = False) -> list[_core.RealtimeEvent] | None:
        wait = self._wait(timeout)
        try:
            async with asyncio.timeout(wait):
                raw = await self._socket.recv()
        except TimeoutError:
            raise self._silent(wait, poll=poll) from None
        except ConnectionClosed as error:
            return self._ended(error)
        except ConcurrencyError:  # another task is closing and reads what is left: the end, once it has
            try:
                async with asyncio.timeout(wait):
                    await self._closed.wait()
            except TimeoutError:
                raise APIConnectionError("another task is reading this realtime connection") from None
            return await self.receive(timeout, poll=poll)
        return self._events(raw)

    def _abort(self) -> None:
        self._socket.transport.abort()

    async def close(self) -> None:
        """As SyncConnection.close: a task reads and drops what arrives until the close completes."""
        if self._aborted:
            # The abort is taken in by websockets a loop iteration later, which ends its keepalive task then:
            # waiting for that leaves no task of this connection behind.
            await self._socket.wait_closed()
            self._closed.set()
            return
        reader = asyncio.create_task(self._drop_messages())
        try:
            await self._socket.close()
        except (OSError, WebSocketException):
            pass  # already gone: nothing more to release
        finally:
            reader.cancel()  # done already once the connection closed; else it ends with this close
            await asyncio.wait([reader])
            self._closed.set()

    async def _drop_messages(self) -> None:
        try:
            while True:
                await self._socket.recv()
        except WebSocketException:  # closed; or ConcurrencyError: another task is reading already
            pass
