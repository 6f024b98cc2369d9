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
    literal,
    union,
)
from ..models._literals import (
    TtsModelFamily,
    TtsOptimizeStreamingLatency,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class SupportedVoice(Lazy, AdditionalProperties[Any]):
    label: str

    voice_id: str

    description: None | str | Unset = UNSET

    language: None | str | Unset = UNSET

    model_family: None | str | TtsModelFamily | Unset = UNSET

    optimize_streaming_latency: int | None | TtsOptimizeStreamingLatency | Unset = UNSET

    stability: float | None | Unset = UNSET

    speed: float | None | Unset = UNSET

    similarity_boost: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("label", "label", STR, required=True),
        Field("voice_id", "voice_id", STR, required=True),
        Field("description", "description", union(STR, NULL)),
        Field("language", "language", union(STR, NULL)),
        Field("model_family", "model_family", union(literal("TtsModelFamily"), NULL, STR)),
        Field(
            "optimize_streaming_latency",
            "optimize_streaming_latency",
            union(literal("TtsOptimizeStreamingLatency"), NULL, INT),
        ),
        Field("stability", "stability", union(FLOAT, NULL)),
        Field("speed", "speed", union(FLOAT, NULL)),
        Field("similarity_boost", "similarity_boost", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
