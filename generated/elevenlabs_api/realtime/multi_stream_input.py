"""The `/v1/text-to-speech/{voice_id}/multi-stream-input` WebSocket channel, from its AsyncAPI document (openapi/asyncapi/).

The Multi-Context Text-to-Speech WebSockets API allows for generating audio from text input
while managing multiple independent audio generation streams (contexts) over a single WebSocket
connection.
This is useful for scenarios requiring concurrent or interleaved audio generations, such as dynamic
conversational AI applications.

Sends InitializeConnectionMulti (first), InitialiseContext, SendTextMulti, FlushContext, CloseContext, CloseSocket, KeepContextAlive;
receives FinalOutputMulti, AudioOutputMulti.
The I/O is the client's (a group's generated method hands `opening(...)` and `CHANNEL` to its requester):
this module only says what the channel is.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, Protocol
from urllib.parse import quote

from ..models._literals import TextToSpeechApplyTextNormalizationEnum, TextToSpeechOutputFormatEnum
from ..models.audio_output_multi import AudioOutputMulti
from ..models.close_context import CloseContext
from ..models.close_socket import CloseSocket
from ..models.final_output_multi import FinalOutputMulti
from ..models.flush_context import FlushContext
from ..models.generation_config import GenerationConfig
from ..models.initialise_context import InitialiseContext
from ..models.initialize_connection_multi import InitializeConnectionMulti
from ..models.keep_context_alive import KeepContextAlive
from ..models.pronunciation_dictionary_locator import PronunciationDictionaryLocator
from ..models.realtime_voice_settings import RealtimeVoiceSettings
from ..models.send_text_multi import SendTextMulti
from ..types import UNSET, Unset
from . import AsyncSession as AnyAsyncSession
from . import Channel, Opening, query_of
from . import Session as AnySession

PATH = "/v1/text-to-speech/{voice_id}/multi-stream-input"
SENDS = (
    InitializeConnectionMulti,
    InitialiseContext,
    SendTextMulti,
    FlushContext,
    CloseContext,
    CloseSocket,
    KeepContextAlive,
)
RECEIVES = (
    FinalOutputMulti,
    AudioOutputMulti,
)
QUERY_PARAMETERS = (
    "model_id",
    "language_code",
    "enable_logging",
    "enable_ssml_parsing",
    "output_format",
    "inactivity_timeout",
    "sync_alignment",
    "auto_mode",
    "apply_text_normalization",
    "seed",
)
FIRST_MESSAGE_FIELDS = (
    "voice_settings",
    "generation_config",
    "pronunciation_dictionary_locators",
    "context_id",
)
Sent = (
    InitializeConnectionMulti
    | InitialiseContext
    | SendTextMulti
    | FlushContext
    | CloseContext
    | CloseSocket
    | KeepContextAlive
    | dict[str, Any]
)
Received = FinalOutputMulti | AudioOutputMulti | dict[str, Any]


def opening(
    voice_id: str,
    *,
    model_id: str | Unset = UNSET,
    language_code: str | Unset = UNSET,
    enable_logging: bool | Unset = UNSET,
    enable_ssml_parsing: bool | Unset = UNSET,
    output_format: TextToSpeechOutputFormatEnum | Unset = UNSET,
    inactivity_timeout: int | Unset = UNSET,
    sync_alignment: bool | Unset = UNSET,
    auto_mode: bool | Unset = UNSET,
    apply_text_normalization: TextToSpeechApplyTextNormalizationEnum | Unset = UNSET,
    seed: int | Unset = UNSET,
    voice_settings: RealtimeVoiceSettings | Unset = UNSET,
    generation_config: GenerationConfig | Unset = UNSET,
    pronunciation_dictionary_locators: list[PronunciationDictionaryLocator] | Unset = UNSET,
    context_id: str | Unset = UNSET,
) -> Opening:
    """The path, query and first message (InitializeConnectionMulti: the settings) that open the channel.

    A parameter left unset is not sent: the server applies its own default.

    Args:
        voice_id: The unique identifier for the voice to use in the TTS process.
        model_id: The model ID to use.
        language_code: The ISO 639-1 language code (for specific models).
        enable_logging: Whether to enable logging of the request. The server's default: true.
        enable_ssml_parsing: Whether to enable SSML parsing. The server's default: false.
        output_format: The output audio format
        inactivity_timeout: Timeout for inactivity before a context is closed (seconds), can be up to 180
            seconds. The server's default: 20.
        sync_alignment: Whether to include timing data with every audio chunk. The server's default: false.
        auto_mode: Reduces latency by disabling chunk schedule and buffers. Recommended for full
            sentences/phrases. The server's default: false.
        apply_text_normalization: This parameter controls text normalization with three modes - 'auto',
            'on', and 'off'. When set to 'auto', the system will automatically decide whether to apply text
            normalization (e.g., spelling out numbers). With 'on', text normalization will always be applied,
            while with 'off', it will be skipped. For 'eleven_turbo_v2_5' and  'eleven_flash_v2_5' models, text
            normalization can only be enabled with Enterprise plans. Defaults to 'auto'. The server's default:
            "auto".
        seed: If specified, system will best-effort sample deterministically. Integer between 0 and
            4294967295.
        voice_settings:
        generation_config:
        pronunciation_dictionary_locators: Optional pronunciation dictionaries for this context.
        context_id: A unique identifier for the first context created in the websocket. If not provided, a
            default context will be used.
    """
    query = query_of(
        model_id=model_id,
        language_code=language_code,
        enable_logging=enable_logging,
        enable_ssml_parsing=enable_ssml_parsing,
        output_format=output_format,
        inactivity_timeout=inactivity_timeout,
        sync_alignment=sync_alignment,
        auto_mode=auto_mode,
        apply_text_normalization=apply_text_normalization,
        seed=seed,
    )
    first_message = InitializeConnectionMulti(
        voice_settings=voice_settings,
        generation_config=generation_config,
        pronunciation_dictionary_locators=pronunciation_dictionary_locators,
        context_id=context_id,
    )
    path = PATH.format(
        voice_id=quote(str(voice_id), safe=""),
    )
    return Opening(path, query, first_message.to_dict())


def parse(data: dict[str, Any]) -> Received:
    """An incoming message as its model; one of a kind the document does not describe stays a dict."""
    if data.get("isFinal") is True:
        return FinalOutputMulti.from_dict(data)
    if data.get("audio") is not None:
        return AudioOutputMulti.from_dict(data)
    return data


class Messages(Protocol):
    """What a client sends on this channel: `send` takes any of its messages (the model, or a dict of the
    same), and each but the opening one has a method that builds it from its fields and sends it."""

    def send(self, message: Sent) -> None: ...

    def send_initialise_context(
        self,
        *,
        text: str,
        voice_settings: RealtimeVoiceSettings | Unset = UNSET,
        generation_config: GenerationConfig | Unset = UNSET,
        pronunciation_dictionary_locators: list[PronunciationDictionaryLocator] | Unset = UNSET,
        context_id: str | Unset = UNSET,
    ) -> None:
        """Message to initialize or re-initialize a TTS context with text and settings for multi-stream
        connections (`InitialiseContext`).

        Args:
            text: The initial text to synthesize. Should end with a single space.
            pronunciation_dictionary_locators: Optional list of pronunciation dictionary locators to be used for
                this context.
            context_id: An identifier for the text-to-speech context. If omitted, a default context ID may be
                assigned by the server. If provided, this message will create a new context with this ID or re-
                initialize an existing one with the new settings and text.
        """
        self.send(
            InitialiseContext(
                text=text,
                voice_settings=voice_settings,
                generation_config=generation_config,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                context_id=context_id,
            )
        )

    def send_text_multi(self, *, text: str, context_id: str | Unset = UNSET, flush: bool | Unset = UNSET) -> None:
        """Message to send text for synthesis to a specific context (`SendTextMulti`).

        Args:
            text: Text to synthesize. Should end with a single space.
            context_id: The target context_id for this text.
            flush: If true, flushes the audio buffer for the specified context. If false, the text will be
                appended to the buffer to be generated. Defaults to False on the server.
        """
        self.send(SendTextMulti(text=text, context_id=context_id, flush=flush))

    def send_flush_context(self, *, context_id: str, text: str | Unset = UNSET, flush: bool) -> None:
        """Message to flush the audio buffer for a specific context (`FlushContext`).

        Args:
            context_id: The context_id to flush.
            text: The text to append to the buffer to be flushed.
            flush: If true, flushes the audio buffer for the specified context. If false, the context will
                remain open and the text will be appended to the buffer to be generated. The server's default:
                false.
        """
        self.send(FlushContext(context_id=context_id, text=text, flush=flush))

    def send_close_context(self, *, context_id: str, close_context: bool) -> None:
        """Message to close a specific TTS context (`CloseContext`).

        Args:
            context_id: The context_id to close.
            close_context: Must set the close_context to true, to close the specified context. If false, the
                context will remain open and the text will be ignored. If set to true, the context will close. If it
                has already been set to flush it will continue flushing. The same context id can be used again but
                will not be linked to the previous context with the same name. The server's default: false.
        """
        self.send(CloseContext(context_id=context_id, close_context=close_context))

    def send_close_socket(self, *, close_socket: bool | Unset = UNSET) -> None:
        """Message to gracefully close the entire WebSocket connection (`CloseSocket`).

        Args:
            close_socket: If true, closes all contexts and closes the entire WebSocket connection. Any context
                that was previously set to flush will wait to flush before closing. Defaults to False on the server.
        """
        self.send(CloseSocket(close_socket=close_socket))

    def send_keep_context_alive(self, *, context_id: str) -> None:
        """Message to keep a specific context alive by resetting its inactivity timeout (`KeepContextAlive`).

        Args:
            context_id: The identifier of the context to keep alive.
        """
        self.send(KeepContextAlive(context_id=context_id))


class AsyncMessages(Protocol):
    """`Messages`, awaited."""

    async def send(self, message: Sent) -> None: ...

    async def send_initialise_context(
        self,
        *,
        text: str,
        voice_settings: RealtimeVoiceSettings | Unset = UNSET,
        generation_config: GenerationConfig | Unset = UNSET,
        pronunciation_dictionary_locators: list[PronunciationDictionaryLocator] | Unset = UNSET,
        context_id: str | Unset = UNSET,
    ) -> None:
        """Message to initialize or re-initialize a TTS context with text and settings for multi-stream
        connections (`InitialiseContext`).

        Args:
            text: The initial text to synthesize. Should end with a single space.
            pronunciation_dictionary_locators: Optional list of pronunciation dictionary locators to be used for
                this context.
            context_id: An identifier for the text-to-speech context. If omitted, a default context ID may be
                assigned by the server. If provided, this message will create a new context with this ID or re-
                initialize an existing one with the new settings and text.
        """
        await self.send(
            InitialiseContext(
                text=text,
                voice_settings=voice_settings,
                generation_config=generation_config,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                context_id=context_id,
            )
        )

    async def send_text_multi(self, *, text: str, context_id: str | Unset = UNSET, flush: bool | Unset = UNSET) -> None:
        """Message to send text for synthesis to a specific context (`SendTextMulti`).

        Args:
            text: Text to synthesize. Should end with a single space.
            context_id: The target context_id for this text.
            flush: If true, flushes the audio buffer for the specified context. If false, the text will be
                appended to the buffer to be generated. Defaults to False on the server.
        """
        await self.send(SendTextMulti(text=text, context_id=context_id, flush=flush))

    async def send_flush_context(self, *, context_id: str, text: str | Unset = UNSET, flush: bool) -> None:
        """Message to flush the audio buffer for a specific context (`FlushContext`).

        Args:
            context_id: The context_id to flush.
            text: The text to append to the buffer to be flushed.
            flush: If true, flushes the audio buffer for the specified context. If false, the context will
                remain open and the text will be appended to the buffer to be generated. The server's default:
                false.
        """
        await self.send(FlushContext(context_id=context_id, text=text, flush=flush))

    async def send_close_context(self, *, context_id: str, close_context: bool) -> None:
        """Message to close a specific TTS context (`CloseContext`).

        Args:
            context_id: The context_id to close.
            close_context: Must set the close_context to true, to close the specified context. If false, the
                context will remain open and the text will be ignored. If set to true, the context will close. If it
                has already been set to flush it will continue flushing. The same context id can be used again but
                will not be linked to the previous context with the same name. The server's default: false.
        """
        await self.send(CloseContext(context_id=context_id, close_context=close_context))

    async def send_close_socket(self, *, close_socket: bool | Unset = UNSET) -> None:
        """Message to gracefully close the entire WebSocket connection (`CloseSocket`).

        Args:
            close_socket: If true, closes all contexts and closes the entire WebSocket connection. Any context
                that was previously set to flush will wait to flush before closing. Defaults to False on the server.
        """
        await self.send(CloseSocket(close_socket=close_socket))

    async def send_keep_context_alive(self, *, context_id: str) -> None:
        """Message to keep a specific context alive by resetting its inactivity timeout (`KeepContextAlive`).

        Args:
            context_id: The identifier of the context to keep alive.
        """
        await self.send(KeepContextAlive(context_id=context_id))


class Session(Messages, AnySession, Protocol):
    """A session of this channel, in a `with` block: `Messages` sends, and iterating yields each message
    the server sends as its model (one of a kind the document does not describe as a dict)."""

    def __iter__(self) -> Iterator[Received]: ...


class AsyncSession(AsyncMessages, AnyAsyncSession, Protocol):
    """`Session` for `async with` and `async for`."""

    def __aiter__(self) -> AsyncIterator[Received]: ...


CHANNEL: Channel[Session, AsyncSession] = Channel(
    name="multi_stream_input",
    group="text_to_speech",
    kind="multi_context",
    path=PATH,
    sends=SENDS,
    receives=RECEIVES,
    parse=parse,
    session=Session,
    async_session=AsyncSession,
)
