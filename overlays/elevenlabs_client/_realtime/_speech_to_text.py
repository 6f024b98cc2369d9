"""`client.speech_to_text` with realtime transcription beside the generated methods: `realtime_session`
(generated: every query parameter typed) re-typed with the session it answers with, `transcribe_realtime`
(a whole source: chunks, a file or a URL) taking the same arguments, and the official SDK's
`realtime.connect(options)`. websockets is imported on the first call, not before."""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar, cast

from elevenlabs_api.api.speech_to_text import AsyncSpeechToTextResource, SpeechToTextResource

# The public methods name the source and the events `_realtime.AudioSource` and `_realtime.TranscriptionEvent`,
# which the package loads on first use: typing.get_type_hints() resolves them, while `client.speech_to_text`
# loads no model and no realtime channel until a realtime method is called.
from .. import _realtime

if TYPE_CHECKING:
    from ._async_transcription import AsyncTranscriptionSession
    from ._audio_sources import FFmpeg, Source
    from ._retyped import answering, awaiting
    from ._scribe import ScribeRealtime
    from ._transcribing import Tally
    from ._transcription import TranscriptionSession

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


def _takes_arguments_of(
    method: Callable[Concatenate[Any, P], object],
) -> Callable[
    [Callable[Concatenate[R, _realtime.AudioSource, ...], T]], Callable[Concatenate[R, _realtime.AudioSource, P], T]
]:
    """Types the decorated method as taking a source and then `method`'s arguments (the channel's query
    parameters, as generated, and request_options): one list, the generated one. help() shows them too."""

    def typed(
        function: Callable[Concatenate[R, _realtime.AudioSource, ...], T],
    ) -> Callable[Concatenate[R, _realtime.AudioSource, P], T]:
        own = list(inspect.signature(function).parameters.values())[:2]  # self, source
        theirs = list(inspect.signature(method).parameters.values())[1:]
        function.__signature__ = inspect.Signature([*own, *theirs])  # type: ignore[attr-defined]
        return cast("Callable[Concatenate[R, _realtime.AudioSource, P], T]", function)

    return typed


def _plan(source: _realtime.AudioSource, arguments: dict[str, Any]) -> tuple[Source, Tally]:
    """The source resolved (its audio format goes in the query), and when its transcription is over."""
    from ._audio_sources import resolve
    from ._transcribing import Tally

    asked = arguments.get("audio_format")
    resolved = resolve(source, asked if isinstance(asked, str) else None)
    if resolved.audio_format is not None:
        arguments["audio_format"] = resolved.audio_format
    vad = arguments.get("commit_strategy") == "vad"
    return resolved, Tally(vad=vad, timestamps=arguments.get("include_timestamps") is True)


class SpeechToText(SpeechToTextResource):
    if TYPE_CHECKING:

        @answering(SpeechToTextResource.realtime_session, TranscriptionSession)
        def realtime_session(self) -> None: ...

    @_takes_arguments_of(SpeechToTextResource.realtime_session)
    def transcribe_realtime(
        self, source: _realtime.AudioSource, **arguments: Any
    ) -> Iterator[_realtime.TranscriptionEvent]:
        """Transcribe a whole source over the realtime WebSocket, yielding the server's events as they
        arrive (session started, partial and committed transcripts, with timestamps when asked for); the
        last is the committed transcript answering the last commit.

        source: chunks of PCM in the session's audio_format (an iterable of bytes, with COMMIT between two
        chunks to commit the segment there); a path (a 16-bit mono PCM WAV file is sent as it is, at its
        own rate, unless another audio_format is asked for; any other file goes through ffmpeg, converted
        to audio_format, pcm_16000 by default); or a URL (through ffmpeg, likewise). The rest are
        realtime_session's arguments. commit_strategy "manual" (the server's default): the segment is
        committed at each COMMIT and at the end; "vad": the server commits when the speaker stops, the end
        is committed too, and the iteration ends once the server has said nothing for half a second after
        the answer to that commit. A thread sends the audio while you read. The connection opens when the
        iteration starts; a bad source, or a file that needs ffmpeg without it, raises at once.
        """
        resolved, tally = _plan(source, arguments)
        if isinstance(resolved.chunks, AsyncIterable):
            raise TypeError("source is an async iterable: transcribe it with AsyncElevenLabs")
        return self._transcription(resolved.chunks, resolved.ffmpeg, tally, arguments)

    def _transcription(
        self, chunks: Iterable[Any], ffmpeg: FFmpeg | None, tally: Tally, arguments: dict[str, Any]
    ) -> Iterator[_realtime.TranscriptionEvent]:
        from ._transcription import transcribe

        session = self.realtime_session(**arguments)  # on the first next(): an unread iterator opens nothing
        yield from transcribe(session, chunks, tally, ffmpeg)

    @cached_property
    def realtime(self) -> ScribeRealtime:
        """The official SDK's realtime transcription: `await client.speech_to_text.realtime.connect({...})`
        (a coroutine on the sync client too, as there)."""
        from ._scribe import ScribeRealtime, sync_opener

        return ScribeRealtime(sync_opener(self._requester))


class AsyncSpeechToText(AsyncSpeechToTextResource):
    if TYPE_CHECKING:

        @awaiting(AsyncSpeechToTextResource.realtime_session, AsyncTranscriptionSession)
        def realtime_session(self) -> None: ...

    @_takes_arguments_of(AsyncSpeechToTextResource.realtime_session)
    def transcribe_realtime(
        self, source: _realtime.AudioSource, **arguments: Any
    ) -> AsyncIterator[_realtime.TranscriptionEvent]:
        """As ElevenLabs.speech_to_text.transcribe_realtime: `async for event in ...transcribe_realtime(...)`;
        chunks may be a sync or an async iterable; a task sends them."""
        resolved, tally = _plan(source, arguments)
        return self._transcription(resolved, tally, arguments)

    async def _transcription(
        self, resolved: Source, tally: Tally, arguments: dict[str, Any]
    ) -> AsyncIterator[_realtime.TranscriptionEvent]:
        from ._async_transcription import transcribe

        session = await self.realtime_session(**arguments)
        async for event in transcribe(session, resolved.chunks, tally, resolved.ffmpeg):
            yield event

    @cached_property
    def realtime(self) -> ScribeRealtime:
        """The official SDK's realtime transcription: `await client.speech_to_text.realtime.connect({...})`."""
        from ._scribe import ScribeRealtime

        return ScribeRealtime(self.realtime_session)
