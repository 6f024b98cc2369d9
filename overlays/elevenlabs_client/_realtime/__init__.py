"""Realtime text to speech over WebSockets: one small transport (a sans-I/O core under thin sync and
asyncio layers, as the websockets library is built) for the channel modules generated into
`elevenlabs_api.realtime`, and the API on top (`convert_realtime`, sessions, multi-context, transcription).

Nothing here is imported until a realtime method is first called: `import elevenlabs_client` does not
load websockets.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

# The session classes by name, loaded on first use: the methods that return them are annotated
# `_realtime.RealtimeSession`, so typing.get_type_hints() resolves them without the client's import
# loading websockets (as the group modules name models `models.Name`). Type checkers read the imports.
if TYPE_CHECKING:
    from ._async_sessions import AsyncGenericSession, AsyncMultiContextSession, AsyncRealtimeSession
    from ._async_transcription import AsyncTranscriptionSession
    from ._sessions import GenericSession, MultiContextSession, RealtimeSession
    from ._transcription import TranscriptionSession
else:
    _SESSIONS = {
        "RealtimeSession": "._sessions",
        "MultiContextSession": "._sessions",
        "AsyncRealtimeSession": "._async_sessions",
        "AsyncMultiContextSession": "._async_sessions",
        "GenericSession": "._sessions",
        "AsyncGenericSession": "._async_sessions",
        "TranscriptionSession": "._transcription",
        "AsyncTranscriptionSession": "._async_transcription",
    }

    def __getattr__(name: str) -> Any:
        if name in _SESSIONS:
            return getattr(import_module(_SESSIONS[name], __name__), name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AsyncGenericSession",
    "AsyncMultiContextSession",
    "AsyncRealtimeSession",
    "AsyncTranscriptionSession",
    "GenericSession",
    "MultiContextSession",
    "RealtimeSession",
    "TranscriptionSession",
]
