from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, INT, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ChapterStatisticsResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'characters_converted': 500, 'characters_unconverted': 1000, 'credits_needed_to_convert': 1000,
        'paragraphs_converted': 20, 'paragraphs_unconverted': 10, 'voice_statistics': [{'characters_converted': 300,
        'characters_unconverted': 600, 'project_voice_ref_id': 'voice123', 'voice_id': 'voice123'},
        {'characters_converted': 200, 'characters_unconverted': 400, 'project_voice_ref_id': 'voice456', 'voice_id':
        'voice456'}]}

    Attributes:
        characters_unconverted: The number of unconverted characters.
        characters_converted: The number of converted characters.
        paragraphs_converted: The number of converted paragraphs.
        paragraphs_unconverted: The number of unconverted paragraphs.
        credits_needed_to_convert: The number of credits needed to convert the remaining paragraphs.
        voice_statistics: Per-voice breakdown of character counts.
    """

    characters_unconverted: int

    characters_converted: int

    paragraphs_converted: int

    paragraphs_unconverted: int

    credits_needed_to_convert: int | None | Unset = UNSET

    voice_statistics: list[VoiceStatisticsResponseModel] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("characters_unconverted", "characters_unconverted", INT, required=True),
        Field("characters_converted", "characters_converted", INT, required=True),
        Field("paragraphs_converted", "paragraphs_converted", INT, required=True),
        Field("paragraphs_unconverted", "paragraphs_unconverted", INT, required=True),
        Field("credits_needed_to_convert", "credits_needed_to_convert", union(INT, NULL)),
        Field("voice_statistics", "voice_statistics", union(list_of(object_of("VoiceStatisticsResponseModel")), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class VoiceStatisticsResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    project_voice_ref_id: The project voice reference ID.
    characters_unconverted: The number of unconverted characters for this voice.
    characters_converted: The number of converted characters for this voice.
    voice_id: The voice ID.
    credits_needed_to_convert: The number of credits needed to convert the remaining audio for this voice.
    """

    project_voice_ref_id: str

    characters_unconverted: int

    characters_converted: int

    voice_id: str

    credits_needed_to_convert: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("project_voice_ref_id", "project_voice_ref_id", STR, required=True),
        Field("characters_unconverted", "characters_unconverted", INT, required=True),
        Field("characters_converted", "characters_converted", INT, required=True),
        Field("voice_id", "voice_id", STR, required=True),
        Field("credits_needed_to_convert", "credits_needed_to_convert", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
