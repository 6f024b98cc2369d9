"""`client.speech_engine`: the generated group, whose `create`, `get` and `update` answer with a
SpeechEngineResource, the engine's handle for serving it (`serve`, `create_session`, `verify_request`),
as the official SDK's do. The engine as the API described it is the handle's `config`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from elevenlabs_api.api.speech_engine import AsyncSpeechEngineResource as _AsyncGroup
from elevenlabs_api.api.speech_engine import SpeechEngineResource as _Group

from ._auth import SpeechEngineAuthError, verify_headers
from ._server import DEFAULT_PORT, Handler, SpeechEngineServer
from ._session import SpeechEngineSession

if TYPE_CHECKING:
    from elevenlabs_api.models import SpeechEngineResponse


class SpeechEngineResource:
    """A Speech Engine of your account, ready to be served (`await client.speech_engine.get(id)`).

    engine_id: its id. config: the engine as the API answered (None when made by hand).
    The API key that checks incoming connections is the client's; it shows in no repr.
    """

    def __init__(
        self, engine_id: str, *, api_key: str | None = None, config: SpeechEngineResponse | None = None
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
        try:
            verify_headers(headers, self._api_key)
        except SpeechEngineAuthError:
            return False
        return True

    async def serve(
        self,
        *,
        port: int = DEFAULT_PORT,
        host: str | None = None,
        path: str | None = None,
        debug: bool = False,
        disable_auth: bool = False,
        on_init: Handler = None,
        on_transcript: Handler = None,
        on_close: Handler = None,
        on_disconnect: Handler = None,
        on_error: Handler = None,
    ) -> None:
        """Serve the engine's conversations on `port` until cancelled (SpeechEngineServer says how)."""
        server = SpeechEngineServer(
            port=port,
            host=host,
            path=path,
            api_key=self._api_key,
            debug=debug,
            disable_auth=disable_auth,
            on_init=on_init,
            on_transcript=on_transcript,
            on_close=on_close,
            on_disconnect=on_disconnect,
            on_error=on_error,
        )
        await server.serve()

    def create_session(self, ws: Any, *, debug: bool = False) -> SpeechEngineSession:
        """A session over a WebSocket you accepted (Starlette/FastAPI, or a `websockets` connection):
        `session.on(...)`, then `await session.run()`. Check the handshake with verify_request first."""
        return SpeechEngineSession(ws, debug=debug)


def _api_key_of(group: Any) -> str | None:
    auth = getattr(group._requester, "_auth", None)
    return cast("str | None", getattr(auth, "_api_key", None))


class SpeechEngine(_Group):
    """The `speech_engine` operations; create, get and update answer with the engine's handle."""

    def create(self, *args: Any, **kwargs: Any) -> SpeechEngineResource:  # type: ignore[override]
        """As the generated create (the same arguments); the new engine's handle."""
        config = super().create(*args, **kwargs)
        return SpeechEngineResource(config.speech_engine_id, api_key=_api_key_of(self), config=config)

    def get(self, *args: Any, **kwargs: Any) -> SpeechEngineResource:  # type: ignore[override]
        """As the generated get (the same arguments); the engine's handle."""
        config = super().get(*args, **kwargs)
        return SpeechEngineResource(config.speech_engine_id, api_key=_api_key_of(self), config=config)

    def update(self, *args: Any, **kwargs: Any) -> SpeechEngineResource:  # type: ignore[override]
        """As the generated update (the same arguments); the engine's handle."""
        config = super().update(*args, **kwargs)
        return SpeechEngineResource(config.speech_engine_id, api_key=_api_key_of(self), config=config)


class AsyncSpeechEngine(_AsyncGroup):
    """`SpeechEngine` with coroutines: `engine = await client.speech_engine.get(id)`."""

    async def create(self, *args: Any, **kwargs: Any) -> SpeechEngineResource:  # type: ignore[override]
        config = await super().create(*args, **kwargs)
        return SpeechEngineResource(config.speech_engine_id, api_key=_api_key_of(self), config=config)

    async def get(self, *args: Any, **kwargs: Any) -> SpeechEngineResource:  # type: ignore[override]
        config = await super().get(*args, **kwargs)
        return SpeechEngineResource(config.speech_engine_id, api_key=_api_key_of(self), config=config)

    async def update(self, *args: Any, **kwargs: Any) -> SpeechEngineResource:  # type: ignore[override]
        config = await super().update(*args, **kwargs)
        return SpeechEngineResource(config.speech_engine_id, api_key=_api_key_of(self), config=config)
