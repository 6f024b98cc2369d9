from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ChapterContentBlockInputModelSubTypeType0,
)
from ..types import (
    ANY,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.chapter_content_paragraph_tts_node_input_model import ChapterContentParagraphTtsNodeInputModel
