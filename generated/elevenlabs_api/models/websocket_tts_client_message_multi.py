from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class WebsocketTtsClientMessageMulti(Lazy, AdditionalProperties[Any]):
    """Message sent from the client to the multi-context TTS WebSocket.

    Attributes:
        text: Text to be synthesized.
            For the first message establishing a new context (identified by `context_id`, or a default context if
            `context_id` is absent), this should be a single space character (' ').
            For subsequent messages to an active context, this is the text to synthesize.
            This field can be null or an empty string if the message is primarily for control (e.g., using `flush`,
            `close_context`, or `close_socket`).
        xi_api_key: Your ElevenLabs API key. Can only be provided in the first message for a given context_id if not
            present in the header.
        authorization: Your authorization bearer token. Can only be provided in the first message for a given context_id
            if not present in the header.
        flush: If true, flushes the audio buffer and returns the remaining audio for the specified `context_id`.
            Defaults to False on the server.
        pronunciation_dictionary_locators: Optional list of pronunciation dictionary locators. Can only be provided in
            the first message for a given context_id.
        context_id: An identifier for the text-to-speech context. Allows managing multiple independent audio generation
            streams over a single WebSocket connection. If omitted, a default context is used.
        close_context: If true, closes the specified `contextId`. No further audio will be generated for this context.
            The `text` field is ignored. Defaults to False on the server.
        close_socket: If true, flushes all contexts and closes the entire WebSocket connection. The `text` and
            `contextId` fields are ignored. Defaults to False on the server.
    """

    text: None | str | Unset = UNSET

    voice_settings: RealtimeVoiceSettings | Unset = UNSET

    generation_config: GenerationConfig | Unset = UNSET

    xi_api_key: str | Unset = UNSET

    authorization: str | Unset = UNSET

    flush: bool | Unset = UNSET

    pronunciation_dictionary_locators: list[PronunciationDictionaryLocator] | Unset = UNSET

    context_id: None | str | Unset = UNSET

    close_context: bool | Unset = UNSET

    close_socket: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", union(STR, NULL)),
        Field("voice_settings", "voice_settings", object_of("RealtimeVoiceSettings")),
        Field("generation_config", "generation_config", object_of("GenerationConfig")),
        Field("xi_api_key", "xi-api-key", STR),
        Field("authorization", "authorization", STR),
        Field("flush", "flush", BOOL),
        Field(
            "pronunciation_dictionary_locators",
            "pronunciation_dictionary_locators",
            list_of(object_of("PronunciationDictionaryLocator")),
        ),
        Field("context_id", "contextId", union(STR, NULL)),
        Field("close_context", "close_context", BOOL),
        Field("close_socket", "close_socket", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_config import GenerationConfig
from ..models.pronunciation_dictionary_locator import PronunciationDictionaryLocator
from ..models.realtime_voice_settings import RealtimeVoiceSettings
