"""The official SDK's realtime transcription (`elevenlabs.realtime`; its names are in _scribe_options.py) on
this client's transport: `await client.speech_to_text.realtime.connect(options)` opens the channel through
the generated `realtime_session` method (an AsyncTranscriptionSession), and the connection it answers with
calls back `on(event, callback)` with each server message as its JSON object, as the official one does.
Loading this module loads no websockets: connect() does."""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from elevenlabs_api.api import AsyncRequester, RequestOptions
from elevenlabs_api.api.speech_to_text import AsyncSpeechToTextResource

from .._errors import ElevenLabsError, RealtimeError
from ._audio_sources import FFmpeg
from ._scribe_options import AudioFormat, CommitStrategy, RealtimeAudioOptions, RealtimeEvents, RealtimeUrlOptions
from ._transcribing import sample_rate

if TYPE_CHECKING:
    from elevenlabs_api import realtime

    from ._async_transcription import AsyncTranscriptionSession

logger = logging.getLogger("elevenlabs_client")
S = TypeVar("S")


# A message's type -> the event it is called back as, where the two differ.
_EVENT_OF: dict[str, str] = {"unaccepted_terms": RealtimeEvents.UNACCEPTED_TERMS_ERROR.value}
_OPTIONS = RealtimeAudioOptions.__required_keys__ | RealtimeAudioOptions.__optional_keys__ | {"url"}
_SEND_KEYS = ("audio_base_64", "commit", "sample_rate", "previous_text")
_URL_FORMAT = AudioFormat.PCM_16000  # what ffmpeg makes of a URL's audio, as the official SDK has it
Opener = Callable[..., Awaitable["AsyncTranscriptionSession"]]
# What on() takes: a function of the message's JSON object (OPEN and CLOSE: of nothing), or a coroutine function.
Callback = Callable[[dict[str, Any]], object] | Callable[[], object]


class ScribeRealtime:
    """`client.speech_to_text.realtime`: connect() opens a realtime transcription connection."""

    def __init__(self, open_session: Opener) -> None:
        self._open = open_session  # the group's generated realtime_session, async

    def __repr__(self) -> str:
        return "ScribeRealtime()"

    async def connect(self, options: RealtimeAudioOptions | RealtimeUrlOptions) -> RealtimeConnection:
        """Open the connection. With `url`, ffmpeg streams the URL's audio into it (and commits its end);
        else send the audio yourself. Raises ValueError for missing or unknown options, FFmpegNotFoundError
        (a RuntimeError) for a URL without ffmpeg, and the client's usual errors for a refused handshake."""
        arguments: dict[str, Any] = dict(options)
        if not arguments.get("model_id"):
            raise ValueError("model_id is required for realtime transcription")
        unknown = sorted(set(arguments) - _OPTIONS)
        if unknown:
            raise ValueError(f"connect() has no option {', '.join(unknown)}")
        ffmpeg = None
        if "url" in arguments:
            if "audio_format" in arguments or "sample_rate" in arguments:
                raise ValueError("give url, or audio_format and sample_rate, not both")
            url = arguments.pop("url")
            if not url:
                raise ValueError("url is required for URL mode")
            ffmpeg = FFmpeg(url, _URL_FORMAT)  # before connecting: no ffmpeg, no connection
            arguments["audio_format"] = _URL_FORMAT
            rate = sample_rate(_URL_FORMAT)
        else:
            rate = _audio_mode_rate(arguments)
        arguments.setdefault("commit_strategy", CommitStrategy.MANUAL)  # the official SDK always sends both
        arguments.setdefault("include_timestamps", False)
        session = await self._open(**arguments)
        connection = RealtimeConnection(session, rate, ffmpeg)
        connection._start()
        return connection


def _audio_mode_rate(arguments: dict[str, Any]) -> int:
    audio_format, rate = arguments.pop("audio_format", None), arguments.pop("sample_rate", None)
    if not audio_format or not rate:
        raise ValueError("audio_format and sample_rate are required for manual audio mode")
    if rate != sample_rate(str(audio_format)):
        raise ValueError(f"sample_rate {rate} is not audio_format {audio_format}'s ({sample_rate(str(audio_format))})")
    arguments["audio_format"] = AudioFormat(audio_format)
    return int(rate)


class RealtimeConnection:
    """An open realtime transcription connection: `on(event, callback)`, `await send({...})`, `await commit()`,
    `await close()`. Each callback gets the server's message as its JSON object (OPEN and CLOSE: nothing);
    an error message calls back its own event, then ERROR; an error without a message (a close code, a
    dropped connection) calls back ERROR with {"error": what happened}. A callback may be a coroutine
    function; one that raises is logged, and the others still run."""

    def __init__(self, session: AsyncTranscriptionSession, current_sample_rate: int, ffmpeg: FFmpeg | None) -> None:
        self.session = session  # the typed session underneath
        self.current_sample_rate = current_sample_rate
        self._ffmpeg = ffmpeg
        self._handlers: dict[str, list[Callback]] = {}
        self._tasks: list[asyncio.Task[None]] = []
        self._closed = False

    def __repr__(self) -> str:
        return f"RealtimeConnection(sample_rate={self.current_sample_rate})"

    def on(self, event: str, callback: Callback) -> None:
        """Call `callback` for each `event` (a RealtimeEvents member or its value), after those registered before."""
        self._handlers.setdefault(str(event), []).append(callback)

    async def send(self, data: dict[str, Any]) -> None:
        """Send audio: {"audio_base_64": base64 PCM}, with "previous_text" (context, with the first chunk only),
        "commit" (True: commit after it) and "sample_rate" (default: the connection's) if you like."""
        unknown = sorted(set(data) - set(_SEND_KEYS))
        if unknown:
            raise ValueError(f"send() takes {', '.join(_SEND_KEYS)}, not {', '.join(unknown)}")
        message = {
            "message_type": "input_audio_chunk",
            "audio_base_64": data.get("audio_base_64") or "",
            "commit": bool(data.get("commit", False)),
            "sample_rate": int(data.get("sample_rate") or self.current_sample_rate),
        }
        if data.get("previous_text") is not None:
            message["previous_text"] = data["previous_text"]
        await self.session.send(message)

    async def commit(self) -> None:
        """Commit the segment (manual strategy): the server answers with COMMITTED_TRANSCRIPT."""
        await self.session.commit()

    async def close(self) -> None:
        """Stop ffmpeg, close the connection, and call back CLOSE (once)."""
        if self._ffmpeg is not None:
            self._ffmpeg.stop()
        for task in self._tasks:
            if task is not asyncio.current_task():
                task.cancel()
        await self.session.close()
        await asyncio.gather(
            *(task for task in self._tasks if task is not asyncio.current_task()), return_exceptions=True
        )
        await self._closing()

    def _start(self) -> None:
        # OPEN is called back from the reader's task, once the caller has had the connection to register it.
        self._tasks.append(asyncio.create_task(self._read()))
        if self._ffmpeg is not None:
            self._tasks.append(asyncio.create_task(self._stream(self._ffmpeg)))

    async def _read(self) -> None:
        await self._emit(RealtimeEvents.OPEN)
        try:
            async for event in self.session:
                if self._closed:  # a callback closed the connection: what it had received goes no further
                    break
                data = event if isinstance(event, dict) else event.to_dict()
                kind = str(data.get("message_type"))
                await self._emit(_EVENT_OF.get(kind, kind), data)
        except RealtimeError as error:
            await self._error(error)
        except ElevenLabsError as error:
            await self._emit(RealtimeEvents.ERROR, {"error": str(error)})
        finally:
            if not self._closed:
                await self.session.close()
                await self._closing()

    async def _error(self, error: RealtimeError) -> None:
        body = error.body
        if isinstance(body, dict) and isinstance(body.get("message_type"), str):
            kind: str = body["message_type"]
            if kind != RealtimeEvents.ERROR:
                await self._emit(_EVENT_OF.get(kind, kind), body)
            await self._emit(RealtimeEvents.ERROR, body)
        else:
            await self._emit(RealtimeEvents.ERROR, {"error": str(error)})

    async def _stream(self, ffmpeg: FFmpeg) -> None:
        """ffmpeg's audio into the connection, and a commit at its end (manual strategy: else nothing would
        be committed; the official SDK sends none)."""
        from ._async_sessions import _pieces

        try:
            async for chunk in _pieces(ffmpeg.chunks()):
                if not await self._sent(chunk):
                    return
        except (ElevenLabsError, OSError) as error:  # ffmpeg's: it could not read the URL
            if not self._closed:
                await self._emit(RealtimeEvents.ERROR, {"error": f"streaming {ffmpeg.source}: {error}"})
        else:
            await self._sent(b"", commit=True)

    async def _sent(self, audio: bytes, *, commit: bool = False) -> bool:
        """Whether `audio` went out; if not, the connection has ended, and the reader says why."""
        try:
            await self.session.send_audio(audio, commit=commit)
        except ElevenLabsError:
            return False
        return True

    async def _closing(self) -> None:
        if not self._closed:
            self._closed = True
            if self._ffmpeg is not None:
                self._ffmpeg.stop()
            await self._emit(RealtimeEvents.CLOSE)

    async def _emit(self, event: str, *args: Any) -> None:
        for callback in list(self._handlers.get(str(event), ())):
            try:
                result = cast("Callable[..., object]", callback)(*args)
                if inspect.isawaitable(result):
                    await result
            except Exception:
                logger.exception("the %s callback of a realtime transcription raised", event)


def sync_opener(requester: Any) -> Opener:
    """The generated async realtime_session, for the sync client: its requester's URL, key and settings,
    opening the connection with the asyncio transport (connect() is a coroutine on both clients)."""

    class Opening:
        async def open_realtime(
            self, channel: realtime.Channel[Any, S], opening: realtime.Opening, options: RequestOptions | None
        ) -> S:
            from ._open import open_async_session

            settings = requester.settings.merged(options)
            return await open_async_session(requester.base_url, requester._auth._api_key, settings, channel, opening)

    return AsyncSpeechToTextResource(cast(AsyncRequester, Opening())).realtime_session  # type: ignore[return-value]
