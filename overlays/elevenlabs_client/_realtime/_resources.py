"""`client.text_to_speech` with the official SDK's `convert_realtime` beside the generated methods.

The channel methods themselves (`realtime_session`, `multi_context_session`: every query parameter
and first-message field typed) are generated on the group's class from the AsyncAPI document; this
adds only the official SDK's hand-written helper, on top of `realtime_session`.
websockets is imported on the first call, not before.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from elevenlabs_api.api import RequestOptions
from elevenlabs_api.api.text_to_speech import AsyncTextToSpeechResource, TextToSpeechResource
from elevenlabs_api.types import UNSET

if TYPE_CHECKING:
    from ._async_sessions import AsyncMultiContextSession, AsyncRealtimeSession
    from ._retyped import answering, awaiting
    from ._sessions import MultiContextSession, RealtimeSession


# The official SDK's default for convert_realtime.
OFFICIAL_OUTPUT_FORMAT = "mp3_44100_128"


def _official(model_id: Any, output_format: Any, voice_settings: Any) -> dict[str, Any]:
    arguments = {"output_format": output_format if output_format is not None else UNSET}
    arguments["model_id"] = UNSET if model_id in (None, ...) else model_id
    arguments["voice_settings"] = UNSET if voice_settings in (None, ...) else voice_settings
    return arguments


# The generated package annotates these methods with the channel's typed `Session` (`send_<message>`
# methods, the channel's models yielded), which a generic session is; the text to speech channels get
# sessions of their own instead (`send(text)`, decoded audio events), so they are re-typed, not narrowed.
class TextToSpeech(TextToSpeechResource):
    if TYPE_CHECKING:

        @answering(TextToSpeechResource.realtime_session, RealtimeSession)
        def realtime_session(self, *args: Any, **kwargs: Any) -> Any: ...  # type: ignore[override]  # see the note above the class

        @answering(TextToSpeechResource.multi_context_session, MultiContextSession)
        def multi_context_session(self, *args: Any, **kwargs: Any) -> Any: ...  # type: ignore[override]

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


class AsyncTextToSpeech(AsyncTextToSpeechResource):
    if TYPE_CHECKING:

        @awaiting(AsyncTextToSpeechResource.realtime_session, AsyncRealtimeSession)
        def realtime_session(self, *args: Any, **kwargs: Any) -> Any: ...  # type: ignore[override]  # see the note above the class

        @awaiting(AsyncTextToSpeechResource.multi_context_session, AsyncMultiContextSession)
        def multi_context_session(self, *args: Any, **kwargs: Any) -> Any: ...  # type: ignore[override]

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
