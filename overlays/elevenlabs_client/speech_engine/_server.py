"""SpeechEngineServer: a WebSocket server (the `websockets` library's asyncio one) that checks each
connection's token during the handshake, before any handler runs, and runs a SpeechEngineSession on it.

Async only, as the official SDK's: the server is a coroutine to await (`asyncio.run(server.serve())`
from sync code). A refused connection gets a 401 (a path other than `path`: 404) and one WARNING line
on the `elevenlabs_client.speech_engine` logger saying why and from where, never the token or the key;
the library's own log (`elevenlabs_client.speech_engine.websockets`, INFO unless you lower it) has the
token's header value replaced in its handshake lines.
"""

from __future__ import annotations

import asyncio
import http
import logging
import os
import socket
import warnings
from collections.abc import Callable
from typing import Any, TypedDict, Unpack

from .._errors import ElevenLabsError
from ._auth import HidesToken, SpeechEngineAuthError, verify_headers
from ._session import SpeechEngineSession, enable_debug_log, logger

API_KEY_VARIABLE = "ELEVENLABS_API_KEY"
DEFAULT_PORT = 3001
Handler = Callable[..., Any] | None


class ServeOptions(TypedDict, total=False):
    """What a server is told (SpeechEngineServer, engine.serve and engine.server take them alike)."""

    port: int  # DEFAULT_PORT; 0: a free one
    host: str | None  # None: every interface
    path: str | None  # None: any path
    debug: bool
    disable_auth: bool
    on_init: Handler
    on_transcript: Handler
    on_close: Handler
    on_disconnect: Handler
    on_error: Handler


_library_logger = logging.getLogger("elevenlabs_client.speech_engine.websockets")
_library_logger.addFilter(HidesToken())
# The library's DEBUG lines are every frame of every conversation: not what debug=True means.
_library_logger.setLevel(logging.INFO)


class SpeechEngineServer:
    """Serves Speech Engine conversations on `port` (0: a free one, see `port` once started), at `path`
    only (None: any path), each in a SpeechEngineSession with these handlers:
    on_init(conversation_id, session), on_transcript(transcript, session), on_close(session),
    on_disconnect(session), on_error(error, session); each may be a function or a coroutine function.

    api_key (None: ELEVENLABS_API_KEY) checks each connection's token. disable_auth=True accepts every
    connection unchecked, with a warning: only behind something that lets ElevenLabs alone in (an IP
    allowlist of its egress addresses). debug=True logs each step to stderr.
    """

    def __init__(self, *, api_key: str | None = None, **options: Unpack[ServeOptions]) -> None:
        unknown = sorted(set(options) - set(ServeOptions.__annotations__))
        if unknown:  # a misspelt handler would otherwise never be called, silently
            raise TypeError(
                f"SpeechEngineServer has no option {', '.join(unknown)}: {', '.join(ServeOptions.__annotations__)}"
            )
        self._requested_port = options.get("port", DEFAULT_PORT)
        self._host = options.get("host")
        self._path = options.get("path")
        self._api_key = api_key
        self._debug = options.get("debug", False)
        self._disable_auth = options.get("disable_auth", False)
        self._handlers = {
            "init": options.get("on_init"),
            "user_transcript": options.get("on_transcript"),
            "close": options.get("on_close"),
            "disconnected": options.get("on_disconnect"),
            "error": options.get("on_error"),
        }
        self._server: Any = None
        self._stopped: asyncio.Event | None = None
        if self._debug:
            enable_debug_log()

    def __repr__(self) -> str:
        return f"SpeechEngineServer(port={self.port}, path={self._path!r}, auth={not self._disable_auth})"

    @property
    def port(self) -> int:
        """The port listened on: the one asked for, or the one the system chose for 0 once started (its
        IPv4 one: with no host, each address family gets its own)."""
        if self._server is None:
            return self._requested_port
        sockets = sorted(self._server.sockets, key=lambda bound: bound.family != socket.AF_INET)
        return int(sockets[0].getsockname()[1])

    def handle_connection(self, ws: Any) -> SpeechEngineSession:
        """A session over `ws` with this server's handlers, for a WebSocket you accepted yourself;
        `await session.run()` it."""
        session = SpeechEngineSession(ws, debug=self._debug)
        for event, handler in self._handlers.items():
            if handler is not None:
                session.on(event, _with_session(event, handler, session))
        return session

    async def start(self) -> None:
        """Listen, and return: the server runs until stop(). serve() is start() and the wait."""
        from websockets.asyncio.server import serve

        api_key = self._api_key or os.environ.get(API_KEY_VARIABLE)
        if self._disable_auth:
            warnings.warn(
                "SpeechEngineServer: disable_auth=True, so connections are accepted without checking that they "
                "come from ElevenLabs; only do this behind an IP allowlist of ElevenLabs' addresses",
                UserWarning,
                stacklevel=3,
            )
        elif not api_key:
            raise ElevenLabsError(
                f"the Speech Engine server checks each connection with the API key: pass api_key=... or set "
                f"{API_KEY_VARIABLE} (disable_auth=True serves unchecked, behind an IP allowlist only)"
            )
        self._stopped = asyncio.Event()

        def check(connection: Any, request: Any) -> Any:
            return self._check(connection, request, api_key)

        async def run(connection: Any) -> None:
            await self.handle_connection(connection).run()

        self._server = await serve(run, self._host, self._requested_port, process_request=check, logger=_library_logger)
        logger.debug("Speech Engine server listening on port %d", self.port)

    async def serve(self) -> None:
        """Listen until stop() is called (or the task is cancelled)."""
        await self.start()
        assert self._stopped is not None
        try:
            await self._stopped.wait()
        finally:
            await self._shut()

    async def stop(self) -> None:
        """Stop listening and close the open conversations; serve() then returns."""
        if self._stopped is not None:
            self._stopped.set()
        await self._shut()

    async def _shut(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.close()
            await server.wait_closed()

    def _check(self, connection: Any, request: Any, api_key: str | None) -> Any:
        where = _peer(connection)
        if self._path is not None and request.path.split("?", 1)[0] != self._path:
            logger.warning(
                "refused a Speech Engine connection from %s: path %s is not %s", where, request.path, self._path
            )
            return connection.respond(http.HTTPStatus.NOT_FOUND, "not found\n")
        if self._disable_auth or api_key is None:
            return None
        try:
            verify_headers(request.headers, api_key)
        except SpeechEngineAuthError as error:
            logger.warning("refused a Speech Engine connection from %s: %s", where, error)
            return connection.respond(http.HTTPStatus.UNAUTHORIZED, "unauthorized\n")
        logger.debug("accepted a Speech Engine connection from %s", where)
        return None


def _with_session(event: str, handler: Callable[..., Any], session: SpeechEngineSession) -> Callable[..., Any]:
    """The server's handlers take the session last (on_close(session), on_transcript(transcript, session))."""

    def call(*arguments: Any) -> Any:
        return handler(*arguments, session)

    return call


def _peer(connection: Any) -> str:
    address = getattr(connection, "remote_address", None)
    return f"{address[0]}:{address[1]}" if isinstance(address, tuple) and len(address) >= 2 else "an unknown address"


# Users import it from the package, which loads this module on first use: it says it lives there.
SpeechEngineServer.__module__ = __name__.rpartition(".")[0]
