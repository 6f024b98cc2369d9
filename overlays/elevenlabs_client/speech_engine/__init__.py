"""Speech Engine: your server as the agent's brain. ElevenLabs hears the user and speaks; for each
conversation it opens a WebSocket to your server and sends the transcript, and your code answers with
text (an LLM's stream, typically). The official SDK's names, under `elevenlabs_client.speech_engine`:

    engine = await client.speech_engine.get("seng_...")      # an AsyncElevenLabs client
    await engine.serve(port=3001, on_transcript=answer)        # or engine.create_session(ws) in FastAPI

Async only, as the official SDK's. Checking the connections' tokens needs PyJWT
(`pip install 'elevenlabs-client[speech-engine]'`). The messages are the generated models of
`elevenlabs_api.realtime.speech_engine_upstream` (openapi/asyncapi/speech-engine.yml).
"""

from ._auth import SpeechEngineAuthError, verify_speech_engine_jwt
from ._resource import AsyncSpeechEngine, SpeechEngine, SpeechEngineResource
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

# Defined in private modules; they say they live here, where users import them from.
for _public in (
    AsyncSpeechEngine,
    SpeechEngine,
    SpeechEngineAuthError,
    SpeechEngineResource,
    SpeechEngineServer,
    SpeechEngineSession,
):
    _public.__module__ = __name__
