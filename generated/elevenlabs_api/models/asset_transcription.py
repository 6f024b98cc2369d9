from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
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
from ..models._literals import AssetTranscriptionStatusType0
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AssetTranscription(Lazy, AdditionalProperties[Any]):
    status: AssetTranscriptionStatusType0 | str

    data: AssetTranscriptionData | None = None

    updated_at_ms: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("status", "status", union(literal("AssetTranscriptionStatusType0"), STR), required=True),
        Field("data", "data", union(object_of("AssetTranscriptionData"), NULL), required=True),
        Field("updated_at_ms", "updated_at_ms", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AssetTranscriptionData(Lazy, AdditionalProperties[Any]):
    language_code: str

    text: str

    words: list[str]

    word_start_times_ms: list[int]

    word_end_times_ms: list[int]

    word_speaker_ids: list[None | str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("language_code", "language_code", STR, required=True),
        Field("text", "text", STR, required=True),
        Field("words", "words", list_of(STR), required=True),
        Field("word_start_times_ms", "word_start_times_ms", list_of(INT), required=True),
        Field("word_end_times_ms", "word_end_times_ms", list_of(INT), required=True),
        Field("word_speaker_ids", "word_speaker_ids", list_of(union(STR, NULL)), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
