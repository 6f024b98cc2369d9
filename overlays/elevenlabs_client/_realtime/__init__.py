"""Realtime text to speech over WebSockets: one small transport (a sans-I/O core under thin sync and
asyncio layers, as the websockets library is built) for the channel modules generated into
`elevenlabs_api.realtime`, and the API on top (`convert_realtime`, sessions, multi-context, transcription).

Nothing here is imported until a realtime method is first called: `import elevenlabs_client` does not
load websockets.
"""

from typing import TYPE_CHECKING

from .._lazy import on_first_use

# The session classes, and the source and events of a transcription, by name, loaded on first use: the
# methods that take or return them are annotated `_realtime.TranscriptionEvent`, so typing.get_type_hints()
# resolves them without the client's import (or a group's) loading websockets, models or realtime channels
# (as the group modules name models `models.Name`). Type checkers read the imports.
if TYPE_CHECKING:
    from ._async_sessions import AsyncGenericSession, AsyncMultiContextSession, AsyncRealtimeSession
    from ._async_transcription import AsyncTranscriptionSession
    from ._audio_sources import AudioSource
    from ._sessions import GenericSession, MultiContextSession, RealtimeSession
    from ._transcribing import TranscriptionEvent
    from ._transcription import TranscriptionSession
else:
    _ON_FIRST_USE = {
        "RealtimeSession": "._sessions",
        "MultiContextSession": "._sessions",
        "AsyncRealtimeSession": "._async_sessions",
        "AsyncMultiContextSession": "._async_sessions",
        "GenericSession": "._sessions",
        "AsyncGenericSession": "._async_sessions",
        "TranscriptionSession": "._transcription",
        "AsyncTranscriptionSession": "._async_transcription",
        "AudioSource": "._audio_sources",
        "TranscriptionEvent": "._transcribing",
    }

    __getattr__ = on_first_use(__name__, _ON_FIRST_USE)


__all__ = [
    "AsyncGenericSession",
    "AsyncMultiContextSession",
    "AsyncRealtimeSession",
    "AsyncTranscriptionSession",
    "AudioSource",
    "GenericSession",
    "MultiContextSession",
    "RealtimeSession",
    "TranscriptionEvent",
    "TranscriptionSession",
]
