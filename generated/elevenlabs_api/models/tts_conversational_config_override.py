from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
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
class TtsConversationalConfigOverride(Lazy, AdditionalProperties[Any]):
    """Attributes:
    voice_id: The voice ID to use for TTS
    stability: The stability of generated speech
    speed: The speed of generated speech
    similarity_boost: The similarity boost for generated speech
    """

    voice_id: None | str | Unset = UNSET

    stability: float | None | Unset = UNSET

    speed: float | None | Unset = UNSET

    similarity_boost: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("voice_id", "voice_id", union(STR, NULL)),
        Field("stability", "stability", union(FLOAT, NULL)),
        Field("speed", "speed", union(FLOAT, NULL)),
        Field("similarity_boost", "similarity_boost", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
