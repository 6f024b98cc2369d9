"""`client.text_to_speech` with the realtime methods beside the generated HTTP ones.

The arguments of `realtime_session` and `multi_context_session` are those of the generated channel
functions (`elevenlabs_api.realtime.stream_input.open_channel`, `...multi_stream_input.open_channel`):
every query parameter of the channel and every field of its first message, typed there.
websockets is imported on the first call, not before.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import Any

from elevenlabs_api.api import RequestOptions
from elevenlabs_api.api.text_to_speech import AsyncTextToSpeechResource, TextToSpeechResource
from elevenlabs_api.types import UNSET

from .. import _realtime  # the sessions' names, resolved on first use (see its __getattr__)

# The official SDK's default for convert_realtime.
OFFICIAL_OUTPUT_FORMAT = "mp3_44100_128"


def _transport_arguments(requester: Any, request_options: RequestOptions | None) -> tuple[str, str, Any]:
    return requester.base_url, requester._auth._api_key, requester.settings.merged(request_options)


def _official(model_id: Any, output_format: Any, voice_settings: Any) -> dict[str, Any]:
    arguments = {"output_format": output_format if output_format is not None else UNSET}
    arguments["model_id"] = UNSET if model_id in (None, ...) else model_id
    arguments["voice_settings"] = UNSET if voice_settings in (None, ...) else voice_settings
    return arguments


class TextToSpeech(TextToSpeechResource):
    def convert_realtime(
        self,
        voice_id: str,
        *,
        text: Iterable[str],
        model_id: str | None = None,
        output_format: str | None = OFFICIAL_OUTPUT_FORMAT,
        voice_settings: Any = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[bytes]:
        """Speak `text` (an iterator of str, e.g. an LLM's tokens) as it comes, over the stream-input
        WebSocket; yields audio bytes as they arrive. The official SDK's call, full duplex: text goes out
        as soon as it ends at a word boundary, audio comes back while the text is still being produced."""
        from ._sessions import convert_realtime

        session = self.realtime_session(
            voice_id, request_options=request_options, **_official(model_id, output_format, voice_settings)
        )
        return convert_realtime(session, text)

    def realtime_session(
        self, voice_id: str, *, request_options: RequestOptions | None = None, **arguments: Any
    ) -> _realtime.RealtimeSession:
        """A stream-input connection for full control (use it in a `with` block): send text, flush, end,
        and iterate its events (RealtimeAudio with the alignments when sync_alignment=True, RealtimeFinal)."""
        from elevenlabs_api.realtime import stream_input

        from ._sessions import RealtimeSession
        from ._sync import SyncTransport

        transport = SyncTransport(*_transport_arguments(self._requester, request_options))
        return RealtimeSession(stream_input.open_channel(transport, voice_id, **arguments))

    def multi_context_session(
        self, voice_id: str, *, request_options: RequestOptions | None = None, **arguments: Any
    ) -> _realtime.MultiContextSession:
        """A multi-stream-input connection: several contexts by id on one socket (open_context, send,
        flush, close_context, keep_alive, close_socket); its events say their context_id."""
        from elevenlabs_api.realtime import multi_stream_input

        from ._sessions import MultiContextSession
        from ._sync import SyncTransport

        transport = SyncTransport(*_transport_arguments(self._requester, request_options))
        return MultiContextSession(multi_stream_input.open_channel(transport, voice_id, **arguments))


class AsyncTextToSpeech(AsyncTextToSpeechResource):
    async def convert_realtime(
        self,
        voice_id: str,
        *,
        text: Iterable[str] | AsyncIterable[str],
        model_id: str | None = None,
        output_format: str | None = OFFICIAL_OUTPUT_FORMAT,
        voice_settings: Any = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[bytes]:
        """As ElevenLabs.text_to_speech.convert_realtime: `async for chunk in client.text_to_speech.convert_realtime(...)`;
        `text` may be a sync or an async iterable of str."""
        from ._async_sessions import convert_realtime

        session = await self.realtime_session(
            voice_id, request_options=request_options, **_official(model_id, output_format, voice_settings)
        )
        async for chunk in convert_realtime(session, text):
            yield chunk

    async def realtime_session(
        self, voice_id: str, *, request_options: RequestOptions | None = None, **arguments: Any
    ) -> _realtime.AsyncRealtimeSession:
        """As ElevenLabs.text_to_speech.realtime_session: `async with await client.text_to_speech.realtime_session(...)`."""
        from elevenlabs_api.realtime import stream_input

        from ._async import AsyncTransport
        from ._async_sessions import AsyncRealtimeSession

        transport = AsyncTransport(*_transport_arguments(self._requester, request_options))
        return AsyncRealtimeSession(await stream_input.open_channel(transport, voice_id, **arguments))

    async def multi_context_session(
        self, voice_id: str, *, request_options: RequestOptions | None = None, **arguments: Any
    ) -> _realtime.AsyncMultiContextSession:
        """As ElevenLabs.text_to_speech.multi_context_session, awaited."""
        from elevenlabs_api.realtime import multi_stream_input

        from ._async import AsyncTransport
        from ._async_sessions import AsyncMultiContextSession

        transport = AsyncTransport(*_transport_arguments(self._requester, request_options))
        return AsyncMultiContextSession(await multi_stream_input.open_channel(transport, voice_id, **arguments))
