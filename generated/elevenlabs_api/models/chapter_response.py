from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import ChapterResponseStateType0
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ChapterResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'can_be_downloaded': True, 'chapter_id': 'aw1NgEzBg83R7vgmiJt6', 'conversion_progress': 0.5,
        'last_conversion_date_unix': 1714204800, 'last_conversion_error': 'Error message', 'name': 'Chapter 1', 'state':
        'converting', 'statistics': {'characters_converted': 500, 'characters_unconverted': 1000,
        'credits_needed_to_convert': 1000, 'paragraphs_converted': 20, 'paragraphs_unconverted': 10, 'voice_statistics':
        [{'characters_converted': 300, 'characters_unconverted': 600, 'project_voice_ref_id': 'voice123', 'voice_id':
        'voice123'}, {'characters_converted': 200, 'characters_unconverted': 400, 'project_voice_ref_id': 'voice456',
        'voice_id': 'voice456'}]}}

    Attributes:
        chapter_id: The ID of the chapter.
        name: The name of the chapter.
        can_be_downloaded: Whether the chapter can be downloaded.
        state: The state of the chapter.
        last_conversion_date_unix: The last conversion date of the chapter.
        conversion_progress: The conversion progress of the chapter.
        has_video: Whether the chapter has a video.
        has_visual_content: Whether the chapter has any visual content (video, image, or text clips).
        voice_ids: List of voice ids used by the chapter
        statistics: The statistics of the chapter.
        last_conversion_error: The last conversion error of the chapter.
    """

    chapter_id: str

    name: str

    can_be_downloaded: bool

    state: ChapterResponseStateType0 | str

    last_conversion_date_unix: int | None | Unset = UNSET

    conversion_progress: float | None | Unset = UNSET

    has_video: bool | None | Unset = UNSET

    has_visual_content: bool | None | Unset = UNSET

    voice_ids: list[str] | None | Unset = UNSET

    statistics: ChapterStatisticsResponse | None | Unset = UNSET

    last_conversion_error: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("chapter_id", "chapter_id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("can_be_downloaded", "can_be_downloaded", BOOL, required=True),
        Field("state", "state", union(literal("ChapterResponseStateType0"), STR), required=True),
        Field("last_conversion_date_unix", "last_conversion_date_unix", union(INT, NULL)),
        Field("conversion_progress", "conversion_progress", union(FLOAT, NULL)),
        Field("has_video", "has_video", union(BOOL, NULL)),
        Field("has_visual_content", "has_visual_content", union(BOOL, NULL)),
        Field("voice_ids", "voice_ids", union(list_of(STR), NULL)),
        Field("statistics", "statistics", union(object_of("ChapterStatisticsResponse"), NULL)),
        Field("last_conversion_error", "last_conversion_error", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.chapter_statistics_response import ChapterStatisticsResponse
