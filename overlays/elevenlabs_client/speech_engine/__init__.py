"""Speech Engine: your server as the agent's brain. ElevenLabs hears the user and speaks; for each
conversation it opens a WebSocket to your server and sends the transcript, and your code answers with
text (an LLM's stream, typically). The official SDK's names, under `elevenlabs_client.speech_engine`:

    engine = await client.speech_engine.get("seng_...")      # an AsyncElevenLabs client
    await engine.serve(port=3001, on_transcript=answer)        # or engine.create_session(ws) in FastAPI

Async only, as the official SDK's. Checking the connections' tokens needs PyJWT
(`pip install 'elevenlabs-client[speech-engine]'`). The messages are the generated models of
`elevenlabs_api.realtime.speech_engine_upstream` (openapi/asyncapi/speech-engine.yml).
"""

from typing import TYPE_CHECKING

from .._lazy import on_first_use
from ._resource import AsyncSpeechEngine, SpeechEngine, SpeechEngineResource

# The rest loads on first use: `client.speech_engine` loads the group and its handle, not the server, the
# session or the channel's models (nor PyJWT, websockets or asyncio). Type checkers read the imports.
if TYPE_CHECKING:
    from ._auth import SpeechEngineAuthError, verify_speech_engine_jwt
    from ._server import ServeOptions as ServeOptions
    from ._server import SpeechEngineServer
    from ._session import (
        CLOSE,
        DISCONNECTED,
        ERROR,
        INIT,
        USER_TRANSCRIPT,
        ConversationMessage,
        SpeechEngineSession,
    )
else:
    _ON_FIRST_USE = {
        "SpeechEngineAuthError": "._auth",
        "verify_speech_engine_jwt": "._auth",
        "ServeOptions": "._server",
        "SpeechEngineServer": "._server",
        **dict.fromkeys(
            ("CLOSE", "DISCONNECTED", "ERROR", "INIT", "USER_TRANSCRIPT", "ConversationMessage", "SpeechEngineSession"),
            "._session",
        ),
    }

    __getattr__ = on_first_use(__name__, _ON_FIRST_USE)


__all__ = [
    "CLOSE",
    "DISCONNECTED",
    "ERROR",
    "INIT",
    "USER_TRANSCRIPT",
    "AsyncSpeechEngine",
    "ConversationMessage",
    "SpeechEngine",
    "SpeechEngineAuthError",
    "SpeechEngineResource",
    "SpeechEngineServer",
    "SpeechEngineSession",
    "verify_speech_engine_jwt",
]
