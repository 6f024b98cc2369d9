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
class InitializeConnection(Lazy, AdditionalProperties[Any]):
    """Attributes:
    text: The initial text that must be sent is a blank space.
    pronunciation_dictionary_locators: Optional list of pronunciation dictionary locators. If provided, these
        dictionaries will be used to
        modify pronunciation of matching text. Must only be provided in the first message.

        Note: Pronunciation dictionary matches will only be respected within a provided chunk.
    xi_api_key: Your ElevenLabs API key. This can only be included in the first message and is not needed if present
        in the header.
    authorization: Your authorization bearer token. This can only be included in the first message and is not needed
        if present in the header.
    """

    text: Literal[" "] = _attrs_field(
        default=" ",
        kw_only=True,
        validator=types.tag("InitializeConnection", "text", " "),
    )

    voice_settings: RealtimeVoiceSettings | Unset = UNSET

    generation_config: GenerationConfig | Unset = UNSET

    pronunciation_dictionary_locators: list[PronunciationDictionaryLocator] | Unset = UNSET

    xi_api_key: str | Unset = UNSET

    authorization: str | Unset = UNSET

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
        Field("xi_api_key", "xi-api-key", STR),
        Field("authorization", "authorization", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_config import GenerationConfig
from ..models.pronunciation_dictionary_locator import PronunciationDictionaryLocator
from ..models.realtime_voice_settings import RealtimeVoiceSettings
