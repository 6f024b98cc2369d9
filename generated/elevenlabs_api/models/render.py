from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import RenderStatusType0, RenderType
from ..types import (
    ANY,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    object_of,
    union,
)


@_attrs_define(slots=False)
class Render(Lazy, AdditionalProperties[Any]):
    id: str

    version: int

    language: None | str = _attrs_field(default=None, kw_only=True)

    type_: None | RenderType | str = _attrs_field(default=None, kw_only=True)

    media_ref: DubbingMediaReference | None = _attrs_field(default=None, kw_only=True)

    status: RenderStatusType0 | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("version", "version", INT, required=True),
        Field("language", "language", union(STR, NULL), required=True),
        Field("type_", "type", union(literal("RenderType"), NULL, STR), required=True),
        Field("media_ref", "media_ref", union(object_of("DubbingMediaReference"), NULL), required=True),
        Field("status", "status", union(literal("RenderStatusType0"), STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_media_reference import DubbingMediaReference
