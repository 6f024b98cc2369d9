from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
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
    const,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import ChapterWithContentResponseModelStateType0
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ChapterWithContentResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'can_be_downloaded': True, 'chapter_id': 'aw1NgEzBg83R7vgmiJt6', 'content': {'blocks': []},
        'conversion_progress': 0.5, 'last_conversion_date_unix': 1714204800, 'name': 'Chapter 1', 'state': 'default',
        'statistics': {'characters_converted': 200, 'characters_unconverted': 100, 'paragraphs_converted': 5,
        'paragraphs_unconverted': 3}}

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

    state: ChapterWithContentResponseModelStateType0 | str

    content: ChapterContentResponseModel

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
        Field("state", "state", union(literal("ChapterWithContentResponseModelStateType0"), STR), required=True),
        Field("content", "content", object_of("ChapterContentResponseModel"), required=True),
        Field("last_conversion_date_unix", "last_conversion_date_unix", union(INT, NULL)),
        Field("conversion_progress", "conversion_progress", union(FLOAT, NULL)),
        Field("has_video", "has_video", union(BOOL, NULL)),
        Field("has_visual_content", "has_visual_content", union(BOOL, NULL)),
        Field("voice_ids", "voice_ids", union(list_of(STR), NULL)),
        Field("statistics", "statistics", union(object_of("ChapterStatisticsResponse"), NULL)),
        Field("last_conversion_error", "last_conversion_error", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ChapterContentBlockExtendableNodeResponseModel(Lazy, AdditionalProperties[Any]):
    """Not used. Make sure you anticipate new types in the future."""

    type_: Literal["_other"] = _attrs_field(
        default="_other",
        kw_only=True,
        alias="type",
        validator=types.tag("ChapterContentBlockExtendableNodeResponseModel", "type", "_other"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("_other"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ChapterContentBlockExtendableNodeResponseModel, type_="type")


@_attrs_define(slots=False)
class ChapterContentBlockResponseModel(Lazy, AdditionalProperties[Any]):
    block_id: str

    nodes: list[
        ChapterContentBlockExtendableNodeResponseModel | ChapterContentBlockTtsNodeResponseModel | UnknownVariant
    ]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("block_id", "block_id", STR, required=True),
        Field(
            "nodes",
            "nodes",
            list_of(
                union(
                    object_of("ChapterContentBlockTtsNodeResponseModel"),
                    object_of("ChapterContentBlockExtendableNodeResponseModel"),
                    object_of("UnknownVariant"),
                )
            ),
            required=True,
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ChapterContentBlockTtsNodeResponseModel(Lazy, AdditionalProperties[Any]):
    type_: Literal["tts_node"] = _attrs_field(
        default="tts_node",
        kw_only=True,
        alias="type",
        validator=types.tag("ChapterContentBlockTtsNodeResponseModel", "type", "tts_node"),
    )

    project_voice_ref_id: str

    text: str

    voice_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("tts_node"), required=True),
        Field("project_voice_ref_id", "project_voice_ref_id", STR, required=True),
        Field("text", "text", STR, required=True),
        Field("voice_id", "voice_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ChapterContentBlockTtsNodeResponseModel, type_="type")


@_attrs_define(slots=False)
class ChapterContentResponseModel(Lazy, AdditionalProperties[Any]):
    blocks: list[ChapterContentBlockResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("blocks", "blocks", list_of(object_of("ChapterContentBlockResponseModel")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.chapter_statistics_response import ChapterStatisticsResponse
from ..models.unknown_variant import UnknownVariant
