"""`client.speech_engine`: the generated group, whose `create`, `get` and `update` answer with a
SpeechEngineResource, the engine's handle for serving it (`serve`, `create_session`, `verify_request`),
as the official SDK's do. The engine as the API described it is the handle's `config`."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Unpack, cast

from elevenlabs_api.api.speech_engine import AsyncSpeechEngineResource as _AsyncGroup
from elevenlabs_api.api.speech_engine import SpeechEngineResource as _Group

# The server, the session and the model are named in annotations only, through what loads them on first use
# (the package's names, the generated `models` stand-in): typing.get_type_hints() resolves them, while
# `client.speech_engine` loads no model, no realtime channel and no server until one is asked for.
from .. import speech_engine

if TYPE_CHECKING:
    from elevenlabs_api import models
else:
    from elevenlabs_api.api import lazy_models as models

P = ParamSpec("P")


class SpeechEngineResource:
    """A Speech Engine of your account, ready to be served (`await client.speech_engine.get(id)`).

    engine_id: its id. config: the engine as the API answered (None when made by hand).
    The API key that checks incoming connections is the client's; it shows in no repr.
    """

    def __init__(
        self, engine_id: str, *, api_key: str | None = None, config: models.SpeechEngineResponse | None = None
    ) -> None:
        self.engine_id = engine_id
        self.config = config
        self._api_key = api_key

    def __repr__(self) -> str:
        return f"SpeechEngineResource(engine_id={self.engine_id!r})"

    def verify_request(self, headers: Any) -> bool:
        """Whether a WebSocket handshake's headers (any mapping of names to values, in any case, such as
        Starlette's `websocket.headers`) carry a token ElevenLabs signed for this client's key. Only for a
        server you run yourself: serve() checks every connection."""
        if not self._api_key:
            return False
        from ._auth import SpeechEngineAuthError, verify_headers

        try:
            verify_headers(headers, self._api_key)
        except SpeechEngineAuthError:
            return False
        return True

    async def serve(self, **options: Unpack[speech_engine.ServeOptions]) -> None:
        """Serve the engine's conversations until cancelled: port (3001), host, path, debug, disable_auth
        and the handlers on_init, on_transcript, on_close, on_disconnect, on_error (SpeechEngineServer
        says what each does); incoming tokens are checked with the client's key."""
        await self.server(**options).serve()

    def server(self, **options: Unpack[speech_engine.ServeOptions]) -> speech_engine.SpeechEngineServer:
        """What serve() runs, not yet started: `await server.start()` returns once it listens (port=0: a
        free port, then `server.port`), `await server.stop()` ends it. Not in the official SDK: for tests
        and for running beside other tasks."""
        from ._server import SpeechEngineServer

        return SpeechEngineServer(api_key=self._api_key, **options)

    def create_session(self, ws: Any, *, debug: bool = False) -> speech_engine.SpeechEngineSession:
        """A session over a WebSocket you accepted (Starlette/FastAPI, or a `websockets` connection):
        `session.on(...)`, then `await session.run()`. Check the handshake with verify_request first."""
        from ._session import SpeechEngineSession

        return SpeechEngineSession(ws, debug=debug)


def _api_key_of(group: Any) -> str | None:
    auth = getattr(group._requester, "_auth", None)
    return cast("str | None", getattr(auth, "_api_key", None))


def _handle(group: Any, config: models.SpeechEngineResponse) -> SpeechEngineResource:
    return SpeechEngineResource(config.speech_engine_id, api_key=_api_key_of(group), config=config)


def _answers_handle(
    generated: Callable[Concatenate[Any, P], models.SpeechEngineResponse],
) -> Callable[Concatenate[Any, P], SpeechEngineResource]:
    """The generated method, its arguments and documentation kept (for type checkers by ParamSpec, for
    inspect and help() by the signature), answering with the engine's handle instead of the bare response."""

    def method(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> SpeechEngineResource:
        return _handle(self, generated(self, *args, **kwargs))

    _describe(method, generated)
    return method


def _awaits_handle(
    generated: Callable[Concatenate[Any, P], Awaitable[models.SpeechEngineResponse]],
) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, SpeechEngineResource]]:
    async def method(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> SpeechEngineResource:
        return _handle(self, await generated(self, *args, **kwargs))

    _describe(method, generated)
    return method


def _describe(method: Callable[..., Any], generated: Callable[..., Any]) -> None:
    method.__name__ = method.__qualname__ = generated.__name__
    method.__doc__ = f"{generated.__doc__}\n        Answers with the engine's handle, a SpeechEngineResource (its `config`: the response)."
    signature = inspect.signature(generated).replace(return_annotation=SpeechEngineResource)
    method.__signature__ = signature  # type: ignore[attr-defined]


def _handing_out(
    generated: Callable[Concatenate[Any, P], models.SpeechEngineResponse],
) -> Callable[[Callable[..., None]], Callable[Concatenate[Any, P], SpeechEngineResource]]:
    """A method that is `generated` answering with the handle (the decorated body is only its place: a
    `def`, unlike an assignment, is what type checkers take as the subclass's own declaration)."""
    return lambda _place: _answers_handle(generated)


def _async_handing_out(
    generated: Callable[Concatenate[Any, P], Awaitable[models.SpeechEngineResponse]],
) -> Callable[[Callable[..., None]], Callable[Concatenate[Any, P], Coroutine[Any, Any, SpeechEngineResource]]]:
    return lambda _place: _awaits_handle(generated)


class SpeechEngine(_Group):
    """The `speech_engine` operations; create, get and update answer with the engine's handle
    (SpeechEngineResource), their arguments as generated."""

    @_handing_out(_Group.create)
    def create(self) -> None: ...  # type: ignore[override]

    @_handing_out(_Group.get)
    def get(self) -> None: ...  # type: ignore[override]

    @_handing_out(_Group.update)
    def update(self) -> None: ...  # type: ignore[override]


class AsyncSpeechEngine(_AsyncGroup):
    """`SpeechEngine` with coroutines: `engine = await client.speech_engine.get(id)`."""

    @_async_handing_out(_AsyncGroup.create)
    def create(self) -> None: ...  # type: ignore[override]

    @_async_handing_out(_AsyncGroup.get)
    def get(self) -> None: ...  # type: ignore[override]

    @_async_handing_out(_AsyncGroup.update)
    def update(self) -> None: ...  # type: ignore[override]


# Defined here; they say they live in the package, where users import them from.
for _public in (AsyncSpeechEngine, SpeechEngine, SpeechEngineResource):
    _public.__module__ = __name__.rpartition(".")[0]
