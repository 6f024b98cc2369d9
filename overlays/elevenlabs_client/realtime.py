"""Realtime speech to text in the official SDK's shape: `from elevenlabs_client.realtime import ...` where
it has `from elevenlabs.realtime import ...`, with the same names.

    connection = await client.speech_to_text.realtime.connect(
        {"model_id": "scribe_v2_realtime", "audio_format": AudioFormat.PCM_16000, "sample_rate": 16000}
    )
    connection.on(RealtimeEvents.COMMITTED_TRANSCRIPT, lambda data: print(data["text"]))
    await connection.send({"audio_base_64": chunk})
    await connection.commit()
    await connection.close()

Beyond it: COMMIT (a marker in the chunks of `client.speech_to_text.transcribe_realtime`), the typed
sessions of `client.speech_to_text.realtime_session(...)`, and FFmpegNotFoundError. Importing this module
loads no websockets: connecting does.
"""

from typing import TYPE_CHECKING

from ._lazy import on_first_use
from ._realtime._audio_sources import COMMIT, AudioSource, FFmpegNotFoundError
from ._realtime._scribe import RealtimeConnection, ScribeRealtime
from ._realtime._scribe_options import (
    AudioFormat,
    CommitStrategy,
    RealtimeAudioOptions,
    RealtimeEvents,
    RealtimeUrlOptions,
)
from ._realtime._transcribing import TranscriptionEvent

if TYPE_CHECKING:
    from ._realtime import AsyncTranscriptionSession, TranscriptionSession
else:  # they load websockets
    __getattr__ = on_first_use(
        __name__, dict.fromkeys(("TranscriptionSession", "AsyncTranscriptionSession"), "._realtime")
    )


__all__ = [
    "COMMIT",
    "AsyncTranscriptionSession",
    "AudioFormat",
    "AudioSource",
    "CommitStrategy",
    "FFmpegNotFoundError",
    "RealtimeAudioOptions",
    "RealtimeConnection",
    "RealtimeEvents",
    "RealtimeUrlOptions",
    "ScribeRealtime",
    "TranscriptionEvent",
    "TranscriptionSession",
]
