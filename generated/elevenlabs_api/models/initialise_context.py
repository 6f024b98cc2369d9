from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class InitialiseContext(Lazy, AdditionalProperties[Any]):
    """Payload to initialize or re-initialize a TTS context with specific settings and initial text for multi-stream
    connections.

    Attributes:
        text: The initial text to synthesize. Should end with a single space.
        pronunciation_dictionary_locators: Optional list of pronunciation dictionary locators to be used for this
            context.
        xi_api_key: Your ElevenLabs API key. Required if not provided in the WebSocket connection's header or query
            parameters. This applies to the (re)initialization of this specific context.
        authorization: Your authorization bearer token. Required if not provided in the WebSocket connection's header or
            query parameters. This applies to the (re)initialization of this specific context.
        context_id: An identifier for the text-to-speech context. If omitted, a default context ID may be assigned by
            the server. If provided, this message will create a new context with this ID or re-initialize an existing one
            with the new settings and text.
    """

    text: str

    voice_settings: RealtimeVoiceSettings | Unset = UNSET

    generation_config: GenerationConfig | Unset = UNSET

    pronunciation_dictionary_locators: list[PronunciationDictionaryLocator] | Unset = UNSET

    xi_api_key: str | Unset = UNSET

    authorization: str | Unset = UNSET

    context_id: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR, required=True),
        Field("voice_settings", "voice_settings", object_of("RealtimeVoiceSettings")),
        Field("generation_config", "generation_config", object_of("GenerationConfig")),
        Field(
            "pronunciation_dictionary_locators",
            "pronunciation_dictionary_locators",
            list_of(object_of("PronunciationDictionaryLocator")),
        ),
        Field("xi_api_key", "xi_api_key", STR),
        Field("authorization", "authorization", STR),
        Field("context_id", "context_id", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_config import GenerationConfig
from ..models.pronunciation_dictionary_locator import PronunciationDictionaryLocator
from ..models.realtime_voice_settings import RealtimeVoiceSettings
