from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, literal, object_of, union
from ..models._literals import VoiceCategoryModel
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class SimilarVoicesForSpeakerResponse(Lazy, AdditionalProperties[Any]):
    voices: list[SimilarVoice]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("voices", "voices", list_of(object_of("SimilarVoice")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SimilarVoice(Lazy, AdditionalProperties[Any]):
    voice_id: str

    name: str

    category: str | VoiceCategoryModel

    description: None | str | Unset = UNSET

    preview_url: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("voice_id", "voice_id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("category", "category", union(literal("VoiceCategoryModel"), STR), required=True),
        Field("description", "description", union(STR, NULL)),
        Field("preview_url", "preview_url", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
