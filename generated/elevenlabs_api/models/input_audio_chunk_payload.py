from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class InputAudioChunkPayload(Lazy, AdditionalProperties[Any]):
    """Audio from the client.

    Attributes:
        audio_base_64: The audio, base64-encoded, in the session's audio format.
        commit: Whether to commit the segment after this chunk (manual strategy).
        sample_rate: The audio's sample rate in Hz.
        previous_text: Text that came before the audio, as context; only allowed with the first chunk.
    """

    message_type: Literal["input_audio_chunk"] = _attrs_field(
        default="input_audio_chunk",
        kw_only=True,
        validator=types.tag("InputAudioChunkPayload", "message_type", "input_audio_chunk"),
    )

    audio_base_64: str

    commit: bool

    sample_rate: int

    previous_text: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("message_type", "message_type", const("input_audio_chunk"), required=True),
        Field("audio_base_64", "audio_base_64", STR, required=True),
        Field("commit", "commit", BOOL, required=True),
        Field("sample_rate", "sample_rate", INT, required=True),
        Field("previous_text", "previous_text", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )
