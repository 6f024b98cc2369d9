from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
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
