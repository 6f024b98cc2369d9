from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import (
    TextNormalisationType,
    TtsConversationalModel,
    TtsOptimizeStreamingLatency,
    TtsOutputFormat,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class TtsConversationalConfigOutput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'agent_output_audio_format': 'pcm_16000', 'model_id': 'eleven_turbo_v2', 'optimize_streaming_latency': 3,
        'pronunciation_dictionary_locators': [], 'similarity_boost': 0.8, 'speed': 1.0, 'stability': 0.5, 'voice_id':
        'cjVigY5qzO86Huf0OWal'}

    Attributes:
        model_id: The model to use for TTS Defaults to 'eleven_flash_v2' on the server.
        voice_id: The voice ID to use for TTS Defaults to 'cjVigY5qzO86Huf0OWal' on the server.
        supported_voices: Additional supported voices for the agent
        expressive_mode: When enabled, applies expressive audio tags prompt. Automatically disabled for non-v3 models.
            Defaults to True on the server.
        suggested_audio_tags: Suggested audio tags to boost expressive speech (for eleven_v3 and
            eleven_v3_conversational models). The agent can still use other tags not listed here.
        agent_output_audio_format: The audio format to use for TTS Defaults to 'pcm_16000' on the server.
        optimize_streaming_latency: Deprecated: this field is a no-op and is ignored. Defaults to 3 on the server.
        stability: The stability of generated speech Defaults to 0.5 on the server.
        speed: The speed of generated speech Defaults to 1.0 on the server.
        similarity_boost: The similarity boost for generated speech Defaults to 0.8 on the server.
        text_normalisation_type: Method for converting numbers to words before converting text to speech. If set to
            SYSTEM_PROMPT, the system prompt will be updated to include normalization instructions. If set to ELEVENLABS,
            the text will be normalized after generation, incurring slight additional latency. Defaults to 'system_prompt'
            on the server.
        pronunciation_dictionary_locators: The pronunciation dictionary locators
        enable_phoneme_tags: Opt-in to SSML phoneme tag handling for V3 models. When enabled, phoneme tags (inline and
            from pronunciation dictionaries) are parsed into inline IPA before being sent to the model. Defaults to True on
            the server.
    """

    model_id: str | TtsConversationalModel | Unset = UNSET

    voice_id: str | Unset = UNSET

    supported_voices: list[SupportedVoice] | Unset = UNSET

    expressive_mode: bool | Unset = UNSET

    suggested_audio_tags: list[SuggestedAudioTag] | Unset = UNSET

    agent_output_audio_format: str | TtsOutputFormat | Unset = UNSET

    optimize_streaming_latency: int | TtsOptimizeStreamingLatency | Unset = UNSET

    stability: float | Unset = UNSET

    speed: float | Unset = UNSET

    similarity_boost: float | Unset = UNSET

    text_normalisation_type: str | TextNormalisationType | Unset = UNSET

    pronunciation_dictionary_locators: list[PydanticPronunciationDictionaryVersionLocator] | Unset = UNSET

    enable_phoneme_tags: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("model_id", "model_id", union(literal("TtsConversationalModel"), STR)),
        Field("voice_id", "voice_id", STR),
        Field("supported_voices", "supported_voices", list_of(object_of("SupportedVoice"))),
        Field("expressive_mode", "expressive_mode", BOOL),
        Field("suggested_audio_tags", "suggested_audio_tags", list_of(object_of("SuggestedAudioTag"))),
        Field("agent_output_audio_format", "agent_output_audio_format", union(literal("TtsOutputFormat"), STR)),
        Field(
            "optimize_streaming_latency",
            "optimize_streaming_latency",
            union(literal("TtsOptimizeStreamingLatency"), INT),
        ),
        Field("stability", "stability", FLOAT),
        Field("speed", "speed", FLOAT),
        Field("similarity_boost", "similarity_boost", FLOAT),
        Field("text_normalisation_type", "text_normalisation_type", union(literal("TextNormalisationType"), STR)),
        Field(
            "pronunciation_dictionary_locators",
            "pronunciation_dictionary_locators",
            list_of(object_of("PydanticPronunciationDictionaryVersionLocator")),
        ),
        Field("enable_phoneme_tags", "enable_phoneme_tags", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.pydantic_pronunciation_dictionary_version_locator import PydanticPronunciationDictionaryVersionLocator
from ..models.suggested_audio_tag import SuggestedAudioTag
from ..models.supported_voice import SupportedVoice
