from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    object_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class InitializeConnectionMulti(Lazy, AdditionalProperties[Any]):
    """Payload to initialize a new context in a multi-stream WebSocket connection.

    Attributes:
        text: Must be a single space character to initiate the context.
        pronunciation_dictionary_locators: Optional pronunciation dictionaries for this context.
        xi_api_key: Your ElevenLabs API key (if not in header). For this context's first message only.
        authorization: Your authorization bearer token (if not in header). For this context's first message only.
        context_id: A unique identifier for the first context created in the websocket. If not provided, a default
            context will be used.
    """

    text: Literal[" "] = _attrs_field(
        default=" ",
        kw_only=True,
        validator=types.tag("InitializeConnectionMulti", "text", " "),
    )

    voice_settings: RealtimeVoiceSettings | Unset = UNSET

    generation_config: GenerationConfig | Unset = UNSET

    pronunciation_dictionary_locators: list[PronunciationDictionaryLocator] | Unset = UNSET

    xi_api_key: str | Unset = UNSET

    authorization: str | Unset = UNSET

    context_id: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", const(" "), required=True),
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
