from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import StudioClipReferenceClipTypeType0
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
    literal,
    union,
)


@_attrs_define(slots=False)
class StudioClipReference(Lazy, AdditionalProperties[Any]):
    project_id: str

    chapter_id: str

    clip_type: str | StudioClipReferenceClipTypeType0

    clip_id: str

    block_id: None | str | Unset = UNSET

    preview_url: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("project_id", "project_id", STR, required=True),
        Field("chapter_id", "chapter_id", STR, required=True),
        Field("clip_type", "clip_type", union(literal("StudioClipReferenceClipTypeType0"), STR), required=True),
        Field("clip_id", "clip_id", STR, required=True),
        Field("block_id", "block_id", union(STR, NULL)),
        Field("preview_url", "preview_url", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
