from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
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
class AsrConversationalConfigWorkflowOverride(Lazy, AdditionalProperties[Any]):
    """Example:
        {'keywords': ['hello', 'world'], 'provider': 'scribe_realtime', 'quality': 'high', 'user_input_audio_format':
        'pcm_16000'}

    Attributes:
        quality: The quality of the transcription
        provider: The provider of the transcription service
        user_input_audio_format: The format of the audio to be transcribed
        keywords: Keywords to boost prediction probability for
    """

    quality: AsrQuality | None | str | Unset = UNSET

    provider: AsrProvider | None | str | Unset = UNSET

    user_input_audio_format: AsrInputFormat | None | str | Unset = UNSET

    keywords: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("quality", "quality", union(literal("AsrQuality"), NULL, STR)),
        Field("provider", "provider", union(literal("AsrProvider"), NULL, STR)),
        Field("user_input_audio_format", "user_input_audio_format", union(literal("AsrInputFormat"), NULL, STR)),
        Field("keywords", "keywords", union(list_of(STR), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
