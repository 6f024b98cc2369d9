from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, FLOAT, INT, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationTtsUsageModel(Lazy, AdditionalProperties[Any]):
    """Aggregated TTS usage for a conversation (analytics-only, not billing).

    Attributes:
        total_audio_output_seconds: Defaults to 0.0 on the server.
        total_characters: Defaults to 0 on the server.
    """

    primary_tts_model: None | str | Unset = UNSET

    total_audio_output_seconds: float | Unset = UNSET

    total_characters: int | Unset = UNSET

    per_voice_usage: list[ConversationVoiceUsageModel] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("primary_tts_model", "primary_tts_model", union(STR, NULL)),
        Field("total_audio_output_seconds", "total_audio_output_seconds", FLOAT),
        Field("total_characters", "total_characters", INT),
        Field("per_voice_usage", "per_voice_usage", list_of(object_of("ConversationVoiceUsageModel"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationVoiceUsageModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    audio_output_seconds: Defaults to 0.0 on the server.
    """

    voice_id: str

    audio_output_seconds: float | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("voice_id", "voice_id", STR, required=True),
        Field("audio_output_seconds", "audio_output_seconds", FLOAT),
        Field("additional_properties", None, dict_of(ANY)),
    )
