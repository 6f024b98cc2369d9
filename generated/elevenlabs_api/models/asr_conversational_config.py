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
    list_of,
    literal,
    union,
)
from ..models._literals import (
    AsrInputFormat,
    AsrProvider,
    AsrQuality,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AsrConversationalConfig(Lazy, AdditionalProperties[Any]):
    """Example:
        {'keywords': ['hello', 'world'], 'provider': 'scribe_realtime', 'quality': 'high', 'user_input_audio_format':
        'pcm_16000'}

    Attributes:
        quality: The quality of the transcription Defaults to 'high' on the server.
        provider: The provider of the transcription service Defaults to 'scribe_realtime' on the server.
        user_input_audio_format: The format of the audio to be transcribed Defaults to 'pcm_16000' on the server.
        keywords: Keywords to boost prediction probability for
    """

    quality: AsrQuality | str | Unset = UNSET

    provider: AsrProvider | str | Unset = UNSET

    user_input_audio_format: AsrInputFormat | str | Unset = UNSET

    keywords: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("quality", "quality", union(literal("AsrQuality"), STR)),
        Field("provider", "provider", union(literal("AsrProvider"), STR)),
        Field("user_input_audio_format", "user_input_audio_format", union(literal("AsrInputFormat"), STR)),
        Field("keywords", "keywords", list_of(STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )
