from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    TextNormalisationType,
    TtsConversationalModel,
    TtsOptimizeStreamingLatency,
    TtsOutputFormat,
    check_text_normalisation_type,
    check_tts_conversational_model,
    check_tts_optimize_streaming_latency,
    check_tts_output_format,
)
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="TtsConversationalConfigInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TtsConversationalConfigInput(Lazy):
    """Example:
        {'agent_output_audio_format': 'pcm_16000', 'model_id': 'eleven_turbo_v2', 'optimize_streaming_latency': 3,
        'pronunciation_dictionary_locators': [], 'similarity_boost': 0.8, 'speed': 1.0, 'stability': 0.5, 'voice_id':
        'cjVigY5qzO86Huf0OWal'}

    Attributes:
        model_id (TtsConversationalModel | Unset):
        voice_id (str | Unset): The voice ID to use for TTS Defaults to 'cjVigY5qzO86Huf0OWal' on the server.
        supported_voices (list[SupportedVoice] | Unset): Additional supported voices for the agent
        expressive_mode (bool | Unset): When enabled, applies expressive audio tags prompt. Automatically disabled for
            non-v3 models. Defaults to True on the server.
        suggested_audio_tags (list[SuggestedAudioTag] | Unset): Suggested audio tags to boost expressive speech (for
            eleven_v3 and eleven_v3_conversational models). The agent can still use other tags not listed here.
        agent_output_audio_format (TtsOutputFormat | Unset):
        optimize_streaming_latency (TtsOptimizeStreamingLatency | Unset):
        stability (float | Unset): The stability of generated speech Defaults to 0.5 on the server.
        speed (float | Unset): The speed of generated speech Defaults to 1.0 on the server.
        similarity_boost (float | Unset): The similarity boost for generated speech Defaults to 0.8 on the server.
        text_normalisation_type (TextNormalisationType | Unset): Method for converting numbers to words before sending
            to TTS
        pronunciation_dictionary_locators (list[PydanticPronunciationDictionaryVersionLocator] | Unset): The
            pronunciation dictionary locators
        enable_phoneme_tags (bool | Unset): Opt-in to SSML phoneme tag handling for V3 models. When enabled, phoneme
            tags (inline and from pronunciation dictionaries) are parsed into inline IPA before being sent to the model.
            Defaults to True on the server.
    """

    model_id: TtsConversationalModel | Unset = UNSET

    voice_id: str | Unset = UNSET

    supported_voices: list[SupportedVoice] | Unset = UNSET

    expressive_mode: bool | Unset = UNSET

    suggested_audio_tags: list[SuggestedAudioTag] | Unset = UNSET

    agent_output_audio_format: TtsOutputFormat | Unset = UNSET

    optimize_streaming_latency: TtsOptimizeStreamingLatency | Unset = UNSET

    stability: float | Unset = UNSET

    speed: float | Unset = UNSET

    similarity_boost: float | Unset = UNSET

    text_normalisation_type: TextNormalisationType | Unset = UNSET

    pronunciation_dictionary_locators: list[PydanticPronunciationDictionaryVersionLocator] | Unset = UNSET

    enable_phoneme_tags: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        model_id: Any
        try:
            model_id = UNSET
            if not isinstance(self.model_id, Unset):
                model_id = self.model_id

        except (AttributeError, TypeError):
            model_id = self.model_id

        voice_id = self.voice_id

        supported_voices: Any
        try:
            supported_voices = UNSET
            if not isinstance(self.supported_voices, Unset):
                supported_voices = []
                for supported_voices_item_data in self.supported_voices:
                    supported_voices_item = supported_voices_item_data.to_dict()
                    supported_voices.append(supported_voices_item)

        except (AttributeError, TypeError):
            supported_voices = self.supported_voices

        expressive_mode = self.expressive_mode

        suggested_audio_tags: Any
        try:
            suggested_audio_tags = UNSET
            if not isinstance(self.suggested_audio_tags, Unset):
                suggested_audio_tags = []
                for suggested_audio_tags_item_data in self.suggested_audio_tags:
                    suggested_audio_tags_item = suggested_audio_tags_item_data.to_dict()
                    suggested_audio_tags.append(suggested_audio_tags_item)

        except (AttributeError, TypeError):
            suggested_audio_tags = self.suggested_audio_tags

        agent_output_audio_format: Any
        try:
            agent_output_audio_format = UNSET
            if not isinstance(self.agent_output_audio_format, Unset):
                agent_output_audio_format = self.agent_output_audio_format

        except (AttributeError, TypeError):
            agent_output_audio_format = self.agent_output_audio_format

        optimize_streaming_latency: Any
        try:
            optimize_streaming_latency = UNSET
            if not isinstance(self.optimize_streaming_latency, Unset):
                optimize_streaming_latency = self.optimize_streaming_latency

        except (AttributeError, TypeError):
            optimize_streaming_latency = self.optimize_streaming_latency

        stability = self.stability

        speed = self.speed

        similarity_boost = self.similarity_boost

        text_normalisation_type: Any
        try:
            text_normalisation_type = UNSET
            if not isinstance(self.text_normalisation_type, Unset):
                text_normalisation_type = self.text_normalisation_type

        except (AttributeError, TypeError):
            text_normalisation_type = self.text_normalisation_type

        pronunciation_dictionary_locators: Any
        try:
            pronunciation_dictionary_locators = UNSET
            if not isinstance(self.pronunciation_dictionary_locators, Unset):
                pronunciation_dictionary_locators = []
                for pronunciation_dictionary_locators_item_data in self.pronunciation_dictionary_locators:
                    pronunciation_dictionary_locators_item = pronunciation_dictionary_locators_item_data.to_dict()
                    pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)

        except (AttributeError, TypeError):
            pronunciation_dictionary_locators = self.pronunciation_dictionary_locators

        enable_phoneme_tags = self.enable_phoneme_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if supported_voices is not UNSET:
            field_dict["supported_voices"] = supported_voices
        if expressive_mode is not UNSET:
            field_dict["expressive_mode"] = expressive_mode
        if suggested_audio_tags is not UNSET:
            field_dict["suggested_audio_tags"] = suggested_audio_tags
        if agent_output_audio_format is not UNSET:
            field_dict["agent_output_audio_format"] = agent_output_audio_format
        if optimize_streaming_latency is not UNSET:
            field_dict["optimize_streaming_latency"] = optimize_streaming_latency
        if stability is not UNSET:
            field_dict["stability"] = stability
        if speed is not UNSET:
            field_dict["speed"] = speed
        if similarity_boost is not UNSET:
            field_dict["similarity_boost"] = similarity_boost
        if text_normalisation_type is not UNSET:
            field_dict["text_normalisation_type"] = text_normalisation_type
        if pronunciation_dictionary_locators is not UNSET:
            field_dict["pronunciation_dictionary_locators"] = pronunciation_dictionary_locators
        if enable_phoneme_tags is not UNSET:
            field_dict["enable_phoneme_tags"] = enable_phoneme_tags
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        tts_conversational_config_input = cls.__new__(cls)
        tts_conversational_config_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return tts_conversational_config_input

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_model_id(cls: type[TtsConversationalConfigInput], d: Mapping[str, Any]) -> Any:
    model_id_raw = d.get("model_id", UNSET)
    try:
        _model_id = model_id_raw
        model_id: TtsConversationalModel | Unset
        if isinstance(_model_id, Unset):
            model_id = UNSET
        else:
            model_id = check_tts_conversational_model(_model_id)
    except (KeyError, TypeError, ValueError, AttributeError):
        model_id = deviating_field(cls, "model_id", model_id_raw)

    return model_id


_read_voice_id = plain_reader("voice_id", (str,), "a string", False)


def _read_supported_voices(cls: type[TtsConversationalConfigInput], d: Mapping[str, Any]) -> Any:
    supported_voices_raw = d.get("supported_voices", UNSET)
    try:
        expect_array("supported_voices", supported_voices_raw)
        _supported_voices = supported_voices_raw
        supported_voices: list[SupportedVoice] | Unset = UNSET
        if _supported_voices is not UNSET:
            supported_voices = []
            for supported_voices_item_data in _supported_voices:
                supported_voices_item = SupportedVoice.from_dict(supported_voices_item_data)

                supported_voices.append(supported_voices_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        supported_voices = deviating_field(cls, "supported_voices", supported_voices_raw)

    return supported_voices


_read_expressive_mode = plain_reader("expressive_mode", (bool,), "a boolean", False)


def _read_suggested_audio_tags(cls: type[TtsConversationalConfigInput], d: Mapping[str, Any]) -> Any:
    suggested_audio_tags_raw = d.get("suggested_audio_tags", UNSET)
    try:
        expect_array("suggested_audio_tags", suggested_audio_tags_raw)
        _suggested_audio_tags = suggested_audio_tags_raw
        suggested_audio_tags: list[SuggestedAudioTag] | Unset = UNSET
        if _suggested_audio_tags is not UNSET:
            suggested_audio_tags = []
            for suggested_audio_tags_item_data in _suggested_audio_tags:
                suggested_audio_tags_item = SuggestedAudioTag.from_dict(suggested_audio_tags_item_data)

                suggested_audio_tags.append(suggested_audio_tags_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        suggested_audio_tags = deviating_field(cls, "suggested_audio_tags", suggested_audio_tags_raw)

    return suggested_audio_tags


def _read_agent_output_audio_format(cls: type[TtsConversationalConfigInput], d: Mapping[str, Any]) -> Any:
    agent_output_audio_format_raw = d.get("agent_output_audio_format", UNSET)
    try:
        _agent_output_audio_format = agent_output_audio_format_raw
        agent_output_audio_format: TtsOutputFormat | Unset
        if isinstance(_agent_output_audio_format, Unset):
            agent_output_audio_format = UNSET
        else:
            agent_output_audio_format = check_tts_output_format(_agent_output_audio_format)
    except (KeyError, TypeError, ValueError, AttributeError):
        agent_output_audio_format = deviating_field(cls, "agent_output_audio_format", agent_output_audio_format_raw)

    return agent_output_audio_format


def _read_optimize_streaming_latency(cls: type[TtsConversationalConfigInput], d: Mapping[str, Any]) -> Any:
    optimize_streaming_latency_raw = d.get("optimize_streaming_latency", UNSET)
    try:
        _optimize_streaming_latency = optimize_streaming_latency_raw
        optimize_streaming_latency: TtsOptimizeStreamingLatency | Unset
        if isinstance(_optimize_streaming_latency, Unset):
            optimize_streaming_latency = UNSET
        else:
            optimize_streaming_latency = check_tts_optimize_streaming_latency(_optimize_streaming_latency)
    except (KeyError, TypeError, ValueError, AttributeError):
        optimize_streaming_latency = deviating_field(cls, "optimize_streaming_latency", optimize_streaming_latency_raw)

    return optimize_streaming_latency


_read_stability = plain_reader(
    "stability",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_speed = plain_reader(
    "speed",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_similarity_boost = plain_reader(
    "similarity_boost",
    (
        float,
        int,
    ),
    "a number",
    False,
)


def _read_text_normalisation_type(cls: type[TtsConversationalConfigInput], d: Mapping[str, Any]) -> Any:
    text_normalisation_type_raw = d.get("text_normalisation_type", UNSET)
    try:
        _text_normalisation_type = text_normalisation_type_raw
        text_normalisation_type: TextNormalisationType | Unset
        if isinstance(_text_normalisation_type, Unset):
            text_normalisation_type = UNSET
        else:
            text_normalisation_type = check_text_normalisation_type(_text_normalisation_type)
    except (KeyError, TypeError, ValueError, AttributeError):
        text_normalisation_type = deviating_field(cls, "text_normalisation_type", text_normalisation_type_raw)

    return text_normalisation_type


def _read_pronunciation_dictionary_locators(cls: type[TtsConversationalConfigInput], d: Mapping[str, Any]) -> Any:
    pronunciation_dictionary_locators_raw = d.get("pronunciation_dictionary_locators", UNSET)
    try:
        expect_array("pronunciation_dictionary_locators", pronunciation_dictionary_locators_raw)
        _pronunciation_dictionary_locators = pronunciation_dictionary_locators_raw
        pronunciation_dictionary_locators: list[PydanticPronunciationDictionaryVersionLocator] | Unset = UNSET
        if _pronunciation_dictionary_locators is not UNSET:
            pronunciation_dictionary_locators = []
            for pronunciation_dictionary_locators_item_data in _pronunciation_dictionary_locators:
                pronunciation_dictionary_locators_item = PydanticPronunciationDictionaryVersionLocator.from_dict(
                    pronunciation_dictionary_locators_item_data
                )

                pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        pronunciation_dictionary_locators = deviating_field(
            cls, "pronunciation_dictionary_locators", pronunciation_dictionary_locators_raw
        )

    return pronunciation_dictionary_locators


_read_enable_phoneme_tags = plain_reader("enable_phoneme_tags", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "model_id",
        "voice_id",
        "supported_voices",
        "expressive_mode",
        "suggested_audio_tags",
        "agent_output_audio_format",
        "optimize_streaming_latency",
        "stability",
        "speed",
        "similarity_boost",
        "text_normalisation_type",
        "pronunciation_dictionary_locators",
        "enable_phoneme_tags",
    )
)


def _read_additional_properties(cls: type[TtsConversationalConfigInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[TtsConversationalConfigInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "model_id" in known:
        model_id = known["model_id"]
    else:
        model_id = d.get("model_id", UNSET)
        if model_id is not UNSET:
            model_id = _read_model_id(cls, d)

    voice_id = d.get("voice_id", UNSET)
    if voice_id.__class__ is not str and voice_id is not UNSET:
        voice_id = _read_voice_id(cls, d)

    if "supported_voices" in known:
        supported_voices = known["supported_voices"]
    else:
        supported_voices = d.get("supported_voices", UNSET)
        if supported_voices is not UNSET:
            supported_voices = _read_supported_voices(cls, d)

    expressive_mode = d.get("expressive_mode", UNSET)
    if expressive_mode.__class__ is not bool and expressive_mode is not UNSET:
        expressive_mode = _read_expressive_mode(cls, d)

    if "suggested_audio_tags" in known:
        suggested_audio_tags = known["suggested_audio_tags"]
    else:
        suggested_audio_tags = d.get("suggested_audio_tags", UNSET)
        if suggested_audio_tags is not UNSET:
            suggested_audio_tags = _read_suggested_audio_tags(cls, d)

    if "agent_output_audio_format" in known:
        agent_output_audio_format = known["agent_output_audio_format"]
    else:
        agent_output_audio_format = d.get("agent_output_audio_format", UNSET)
        if agent_output_audio_format is not UNSET:
            agent_output_audio_format = _read_agent_output_audio_format(cls, d)

    if "optimize_streaming_latency" in known:
        optimize_streaming_latency = known["optimize_streaming_latency"]
    else:
        optimize_streaming_latency = d.get("optimize_streaming_latency", UNSET)
        if optimize_streaming_latency is not UNSET:
            optimize_streaming_latency = _read_optimize_streaming_latency(cls, d)

    stability = d.get("stability", UNSET)
    if stability.__class__ is not float and stability.__class__ is not int and stability is not UNSET:
        stability = _read_stability(cls, d)

    speed = d.get("speed", UNSET)
    if speed.__class__ is not float and speed.__class__ is not int and speed is not UNSET:
        speed = _read_speed(cls, d)

    similarity_boost = d.get("similarity_boost", UNSET)
    if (
        similarity_boost.__class__ is not float
        and similarity_boost.__class__ is not int
        and similarity_boost is not UNSET
    ):
        similarity_boost = _read_similarity_boost(cls, d)

    if "text_normalisation_type" in known:
        text_normalisation_type = known["text_normalisation_type"]
    else:
        text_normalisation_type = d.get("text_normalisation_type", UNSET)
        if text_normalisation_type is not UNSET:
            text_normalisation_type = _read_text_normalisation_type(cls, d)

    if "pronunciation_dictionary_locators" in known:
        pronunciation_dictionary_locators = known["pronunciation_dictionary_locators"]
    else:
        pronunciation_dictionary_locators = d.get("pronunciation_dictionary_locators", UNSET)
        if pronunciation_dictionary_locators is not UNSET:
            pronunciation_dictionary_locators = _read_pronunciation_dictionary_locators(cls, d)

    enable_phoneme_tags = d.get("enable_phoneme_tags", UNSET)
    if enable_phoneme_tags.__class__ is not bool and enable_phoneme_tags is not UNSET:
        enable_phoneme_tags = _read_enable_phoneme_tags(cls, d)

    return {
        "model_id": model_id,
        "voice_id": voice_id,
        "supported_voices": supported_voices,
        "expressive_mode": expressive_mode,
        "suggested_audio_tags": suggested_audio_tags,
        "agent_output_audio_format": agent_output_audio_format,
        "optimize_streaming_latency": optimize_streaming_latency,
        "stability": stability,
        "speed": speed,
        "similarity_boost": similarity_boost,
        "text_normalisation_type": text_normalisation_type,
        "pronunciation_dictionary_locators": pronunciation_dictionary_locators,
        "enable_phoneme_tags": enable_phoneme_tags,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    TtsConversationalConfigInput,
    _all_fields,
    {
        "model_id": _read_model_id,
        "voice_id": _read_voice_id,
        "supported_voices": _read_supported_voices,
        "expressive_mode": _read_expressive_mode,
        "suggested_audio_tags": _read_suggested_audio_tags,
        "agent_output_audio_format": _read_agent_output_audio_format,
        "optimize_streaming_latency": _read_optimize_streaming_latency,
        "stability": _read_stability,
        "speed": _read_speed,
        "similarity_boost": _read_similarity_boost,
        "text_normalisation_type": _read_text_normalisation_type,
        "pronunciation_dictionary_locators": _read_pronunciation_dictionary_locators,
        "enable_phoneme_tags": _read_enable_phoneme_tags,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.pydantic_pronunciation_dictionary_version_locator import PydanticPronunciationDictionaryVersionLocator
from ..models.suggested_audio_tag import SuggestedAudioTag
from ..models.supported_voice import SupportedVoice
