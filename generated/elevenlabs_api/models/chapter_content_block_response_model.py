from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)


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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.chapter_content_block_extendable_node_response_model import ChapterContentBlockExtendableNodeResponseModel
from ..models.chapter_content_block_tts_node_response_model import ChapterContentBlockTtsNodeResponseModel
from ..models.unknown_variant import UnknownVariant
