"""The `/v1/text-to-speech/{voice_id}/stream-input` WebSocket channel, from its AsyncAPI document (openapi/asyncapi/).

The Text-to-Speech WebSockets API is designed to generate audio from partial text input
while ensuring consistency throughout the generated audio. Although highly flexible,
the WebSockets API isn't a one-size-fits-all solution. It's well-suited for scenarios where:
  * The input text is being streamed or generated in chunks.
  * Word-to-audio alignment information is required.

Sends InitializeConnection (first), SendText, CloseConnection;
receives FinalOutput, AudioOutput.
The I/O is the client's (a group's generated method hands `opening(...)` and `CHANNEL` to its requester):
this module only says what the channel is.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, Protocol
from urllib.parse import quote

from ..models._literals import TextToSpeechApplyTextNormalizationEnum, TextToSpeechOutputFormatEnum
from ..models.audio_output import AudioOutput
from ..models.close_connection import CloseConnection
from ..models.final_output import FinalOutput
from ..models.generation_config import GenerationConfig
from ..models.initialize_connection import InitializeConnection
from ..models.pronunciation_dictionary_locator import PronunciationDictionaryLocator
from ..models.realtime_voice_settings import RealtimeVoiceSettings
from ..models.send_text import SendText
from ..types import UNSET, Unset
from . import AsyncSession as AnyAsyncSession
from . import Channel, Opening, query_of
from . import Session as AnySession

PATH = "/v1/text-to-speech/{voice_id}/stream-input"
SENDS = (
    InitializeConnection,
    SendText,
    CloseConnection,
)
RECEIVES = (
    FinalOutput,
    AudioOutput,
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
)
Sent = InitializeConnection | SendText | CloseConnection | dict[str, Any]
Received = FinalOutput | AudioOutput | dict[str, Any]


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
) -> Opening:
    """The path, query and first message (InitializeConnection: the settings) that open the channel.

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
        pronunciation_dictionary_locators: Optional list of pronunciation dictionary locators. If provided,
            these dictionaries will be used to modify pronunciation of matching text. Must only be provided in
            the first message.  Note: Pronunciation dictionary matches will only be respected within a provided
            chunk.
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
    first_message = InitializeConnection(
        voice_settings=voice_settings,
        generation_config=generation_config,
        pronunciation_dictionary_locators=pronunciation_dictionary_locators,
    )
    path = PATH.format(
        voice_id=quote(str(voice_id), safe=""),
    )
    return Opening(path, query, first_message.to_dict())


def parse(data: dict[str, Any]) -> Received:
    """An incoming message as its model; one of a kind the document does not describe stays a dict."""
    if data.get("isFinal") is True:
        return FinalOutput.from_dict(data)
    if data.get("audio") is not None:
        return AudioOutput.from_dict(data)
    return data


class Messages(Protocol):
    """What a client sends on this channel: `send` takes any of its messages (the model, or a dict of the
    same), and each but the opening one has a method that builds it from its fields and sends it."""

    def send(self, message: Sent) -> None: ...

    def send_text(
        self,
        *,
        text: str,
        try_trigger_generation: bool | Unset = UNSET,
        voice_settings: RealtimeVoiceSettings | Unset = UNSET,
        generator_config: GenerationConfig | Unset = UNSET,
        flush: bool | Unset = UNSET,
    ) -> None:
        """Send a `SendText` message.

        Args:
            text: The text to be sent to the API for audio generation. Should always end with a single space
                string.
            try_trigger_generation: This is an advanced setting that most users shouldn't need to use. It
                relates to our generation schedule.  Use this to attempt to immediately trigger the generation of
                audio, overriding the `chunk_length_schedule`. Unlike flush, `try_trigger_generation` will only
                generate audio if our buffer contains more than a minimum threshold of characters, this is to ensure
                a higher quality response from our model.  Note that overriding the chunk schedule to generate small
                amounts of text may result in lower quality audio, therefore, only use this parameter if you really
                need text to be processed immediately. We generally recommend keeping the default value of `false`
                and adjusting the `chunk_length_schedule` in the `generation_config` instead. Defaults to False on
                the server.
            voice_settings: The voice settings field can be provided in the first `InitializeConnection` message
                and then must either be not provided or not changed.
            generator_config: The generator config field can be provided in the first `InitializeConnection`
                message and then must either be not provided or not changed.
            flush: Flush forces the generation of audio. Set this value to true when you have finished sending
                text, but want to keep the websocket connection open.  This is useful when you want to ensure that
                the last chunk of audio is generated even when the length of text sent is smaller than the value set
                in chunk_length_schedule (e.g. 120 or 50). Defaults to False on the server.
        """
        self.send(
            SendText(
                text=text,
                try_trigger_generation=try_trigger_generation,
                voice_settings=voice_settings,
                generator_config=generator_config,
                flush=flush,
            )
        )

    def send_close_connection(self) -> None:
        """Send a `CloseConnection` message."""
        self.send(CloseConnection())


class AsyncMessages(Protocol):
    """`Messages`, awaited."""

    async def send(self, message: Sent) -> None: ...

    async def send_text(
        self,
        *,
        text: str,
        try_trigger_generation: bool | Unset = UNSET,
        voice_settings: RealtimeVoiceSettings | Unset = UNSET,
        generator_config: GenerationConfig | Unset = UNSET,
        flush: bool | Unset = UNSET,
    ) -> None:
        """Send a `SendText` message.

        Args:
            text: The text to be sent to the API for audio generation. Should always end with a single space
                string.
            try_trigger_generation: This is an advanced setting that most users shouldn't need to use. It
                relates to our generation schedule.  Use this to attempt to immediately trigger the generation of
                audio, overriding the `chunk_length_schedule`. Unlike flush, `try_trigger_generation` will only
                generate audio if our buffer contains more than a minimum threshold of characters, this is to ensure
                a higher quality response from our model.  Note that overriding the chunk schedule to generate small
                amounts of text may result in lower quality audio, therefore, only use this parameter if you really
                need text to be processed immediately. We generally recommend keeping the default value of `false`
                and adjusting the `chunk_length_schedule` in the `generation_config` instead. Defaults to False on
                the server.
            voice_settings: The voice settings field can be provided in the first `InitializeConnection` message
                and then must either be not provided or not changed.
            generator_config: The generator config field can be provided in the first `InitializeConnection`
                message and then must either be not provided or not changed.
            flush: Flush forces the generation of audio. Set this value to true when you have finished sending
                text, but want to keep the websocket connection open.  This is useful when you want to ensure that
                the last chunk of audio is generated even when the length of text sent is smaller than the value set
                in chunk_length_schedule (e.g. 120 or 50). Defaults to False on the server.
        """
        await self.send(
            SendText(
                text=text,
                try_trigger_generation=try_trigger_generation,
                voice_settings=voice_settings,
                generator_config=generator_config,
                flush=flush,
            )
        )

    async def send_close_connection(self) -> None:
        """Send a `CloseConnection` message."""
        await self.send(CloseConnection())


class Session(Messages, AnySession, Protocol):
    """A session of this channel, in a `with` block: `Messages` sends, and iterating yields each message
    the server sends as its model (one of a kind the document does not describe as a dict)."""

    def __iter__(self) -> Iterator[Received]: ...


class AsyncSession(AsyncMessages, AnyAsyncSession, Protocol):
    """`Session` for `async with` and `async for`."""

    def __aiter__(self) -> AsyncIterator[Received]: ...


CHANNEL: Channel[Session, AsyncSession] = Channel(
    name="stream_input",
    group="text_to_speech",
    kind="single",
    path=PATH,
    sends=SENDS,
    receives=RECEIVES,
    parse=parse,
    session=Session,
    async_session=AsyncSession,
)
