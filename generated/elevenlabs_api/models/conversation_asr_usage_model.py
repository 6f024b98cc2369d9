from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationAsrUsageModel(Lazy, AdditionalProperties[Any]):
    """Aggregated ASR usage for a conversation (analytics-only, not billing).

    Attributes:
        total_transcription_calls: Defaults to 0 on the server.
        total_audio_input_seconds: Defaults to 0.0 on the server.
    """

    asr_model: None | str | Unset = UNSET

    total_transcription_calls: int | Unset = UNSET

    total_audio_input_seconds: float | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("asr_model", "asr_model", union(STR, NULL)),
        Field("total_transcription_calls", "total_transcription_calls", INT),
        Field("total_audio_input_seconds", "total_audio_input_seconds", FLOAT),
        Field("additional_properties", None, dict_of(ANY)),
    )
