from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    FLOAT,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
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
