from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    TextNormalisationType,
    TtsConversationalModel,
    TtsOptimizeStreamingLatency,
    TtsOutputFormat,
)
from ..types import (
    ANY,
    BOOL,
    FLOAT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)


@_attrs_define(slots=False)
class TtsConversationalConfigWorkflowOverrideInput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'agent_output_audio_format': 'pcm_16000', 'model_id': 'eleven_turbo_v2', 'optimize_streaming_latency': 3,
        'pronunciation_dictionary_locators': [], 'similarity_boost': 0.8, 'speed': 1.0, 'stability': 0.5, 'voice_id':
        'cjVigY5qzO86Huf0OWal'}

    Attributes:
        model_id: The model to use for TTS
        voice_id: The voice ID to use for TTS
        supported_voices: Additional supported voices for the agent
        expressive_mode: When enabled, applies expressive audio tags prompt. Automatically disabled for non-v3 models.
        suggested_audio_tags: Suggested audio tags to boost expressive speech (for eleven_v3 and
            eleven_v3_conversational models). The agent can still use other tags not listed here.
        agent_output_audio_format: The audio format to use for TTS
        optimize_streaming_latency: Deprecated: this field is a no-op and is ignored.
        stability: The stability of generated speech
        speed: The speed of generated speech
        similarity_boost: The similarity boost for generated speech
        text_normalisation_type: Method for converting numbers to words before converting text to speech. If set to
            SYSTEM_PROMPT, the system prompt will be updated to include normalization instructions. If set to ELEVENLABS,
            the text will be normalized after generation, incurring slight additional latency.
        pronunciation_dictionary_locators: The pronunciation dictionary locators
        enable_phoneme_tags: Opt-in to SSML phoneme tag handling for V3 models. When enabled, phoneme tags (inline and
            from pronunciation dictionaries) are parsed into inline IPA before being sent to the model.
    """

    model_id: None | TtsConversationalModel | Unset = UNSET

    voice_id: None | str | Unset = UNSET

    supported_voices: list[SupportedVoice] | None | Unset = UNSET

    expressive_mode: bool | None | Unset = UNSET

    suggested_audio_tags: list[SuggestedAudioTag] | None | Unset = UNSET

    agent_output_audio_format: None | TtsOutputFormat | Unset = UNSET

    optimize_streaming_latency: None | TtsOptimizeStreamingLatency | Unset = UNSET

    stability: float | None | Unset = UNSET

    speed: float | None | Unset = UNSET

    similarity_boost: float | None | Unset = UNSET

    text_normalisation_type: None | TextNormalisationType | Unset = UNSET

    pronunciation_dictionary_locators: list[PydanticPronunciationDictionaryVersionLocator] | None | Unset = UNSET

    enable_phoneme_tags: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("model_id", "model_id", union(literal("TtsConversationalModel"), NULL)),
        Field("voice_id", "voice_id", union(STR, NULL)),
        Field("supported_voices", "supported_voices", union(list_of(object_of("SupportedVoice")), NULL)),
        Field("expressive_mode", "expressive_mode", union(BOOL, NULL)),
        Field("suggested_audio_tags", "suggested_audio_tags", union(list_of(object_of("SuggestedAudioTag")), NULL)),
        Field("agent_output_audio_format", "agent_output_audio_format", union(literal("TtsOutputFormat"), NULL)),
        Field(
            "optimize_streaming_latency",
            "optimize_streaming_latency",
            union(literal("TtsOptimizeStreamingLatency"), NULL),
        ),
        Field("stability", "stability", union(FLOAT, NULL)),
        Field("speed", "speed", union(FLOAT, NULL)),
        Field("similarity_boost", "similarity_boost", union(FLOAT, NULL)),
        Field("text_normalisation_type", "text_normalisation_type", union(literal("TextNormalisationType"), NULL)),
        Field(
            "pronunciation_dictionary_locators",
            "pronunciation_dictionary_locators",
            union(list_of(object_of("PydanticPronunciationDictionaryVersionLocator")), NULL),
        ),
        Field("enable_phoneme_tags", "enable_phoneme_tags", union(BOOL, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.pydantic_pronunciation_dictionary_version_locator import PydanticPronunciationDictionaryVersionLocator
from ..models.suggested_audio_tag import SuggestedAudioTag
from ..models.supported_voice import SupportedVoice
