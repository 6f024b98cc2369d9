"""The two kinds of WebSocket a session accepts, behind one small interface: the `websockets` library's
server connection (`recv`/`send`/`close`, what `serve()` hands out) and an ASGI one, Starlette's or
FastAPI's (`receive`/`send_text`/`close`), already accepted by the application."""

from __future__ import annotations

from typing import Any, Protocol


class Socket(Protocol):
    async def receive(self) -> str | bytes | None:
        """The next message; None once the connection has ended, however it ended."""

    async def send(self, text: str) -> None: ...

    async def close(self) -> None: ...


class _WebsocketsSocket:
    def __init__(self, connection: Any) -> None:
        self._connection = connection

    async def receive(self) -> str | bytes | None:
        from websockets.exceptions import ConnectionClosed

        try:
            message: str | bytes = await self._connection.recv()
        except ConnectionClosed:
            return None
        return message

    async def send(self, text: str) -> None:
        await self._connection.send(text)

    async def close(self) -> None:
        await self._connection.close()


class _ASGISocket:
    def __init__(self, websocket: Any) -> None:
        self._websocket = websocket

    async def receive(self) -> str | bytes | None:
        # The ASGI message itself, so that the end is a message too, not a framework's exception.
        message = await self._websocket.receive()
        if message.get("type") != "websocket.receive":
            return None
        found: str | bytes | None = message.get("text") if message.get("text") is not None else message.get("bytes")
        return found

    async def send(self, text: str) -> None:
        await self._websocket.send_text(text)

    async def close(self) -> None:
        await self._websocket.close()


def adapt(ws: Any) -> Socket:
    """`ws` as a Socket, told by its methods; anything else is refused, naming its type."""
    if hasattr(ws, "receive") and hasattr(ws, "send_text"):
        return _ASGISocket(ws)
    if hasattr(ws, "recv") and hasattr(ws, "send"):
        return _WebsocketsSocket(ws)
    raise TypeError(
        f"a Speech Engine session needs a websockets server connection (recv/send) or a Starlette/FastAPI "
        f"WebSocket (receive/send_text), not {type(ws).__name__}"
    )
