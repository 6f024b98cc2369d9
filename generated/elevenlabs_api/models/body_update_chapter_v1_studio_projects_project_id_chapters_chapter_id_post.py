from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
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
from ..models._literals import ChapterContentBlockInputModelSubTypeType0
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyUpdateChapterV1StudioProjectsProjectIdChaptersChapterIdPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name: The name of the chapter, used for identification only.
    content: The chapter content to use.
    """

    name: None | str | Unset = UNSET

    content: ChapterContentInputModel | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", union(STR, NULL)),
        Field("content", "content", union(object_of("ChapterContentInputModel"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ChapterContentBlockInputModel(Lazy, AdditionalProperties[Any]):
    nodes: list[ChapterContentParagraphTtsNodeInputModel]

    sub_type: ChapterContentBlockInputModelSubTypeType0 | None | Unset = UNSET

    block_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("nodes", "nodes", list_of(object_of("ChapterContentParagraphTtsNodeInputModel")), required=True),
        Field("sub_type", "sub_type", union(literal("ChapterContentBlockInputModelSubTypeType0"), NULL)),
        Field("block_id", "block_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ChapterContentInputModel(Lazy, AdditionalProperties[Any]):
    blocks: list[ChapterContentBlockInputModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("blocks", "blocks", list_of(object_of("ChapterContentBlockInputModel")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ChapterContentParagraphTtsNodeInputModel(Lazy, AdditionalProperties[Any]):
    type_: Literal["tts_node"] = _attrs_field(
        default="tts_node",
        kw_only=True,
        alias="type",
        validator=types.tag("ChapterContentParagraphTtsNodeInputModel", "type", "tts_node"),
    )

    text: str

    voice_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("tts_node"), required=True),
        Field("text", "text", STR, required=True),
        Field("voice_id", "voice_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ChapterContentParagraphTtsNodeInputModel, type_="type")
