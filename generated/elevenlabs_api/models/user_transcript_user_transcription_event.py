from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
)


@_attrs_define(slots=False)
class UserTranscriptUserTranscriptionEvent(Lazy, AdditionalProperties[Any]):
    """Transcription event data

    Attributes:
        user_transcript: Transcribed text from user's speech input.
    """

    user_transcript: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("user_transcript", "user_transcript", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )
