from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class UserAudioChunk(Lazy, AdditionalProperties[Any]):
    """Schema for chunks of user audio data

    Attributes:
        user_audio_chunk: Base64-encoded audio data chunk from user input.
    """

    user_audio_chunk: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("user_audio_chunk", "user_audio_chunk", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )
