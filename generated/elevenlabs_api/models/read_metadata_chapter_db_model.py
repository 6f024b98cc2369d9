from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class ReadMetadataChapterDbModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    has_parsed_html: Defaults to False on the server.
    has_summary: Defaults to False on the server.
    is_fallback_name: Defaults to False on the server.
    """

    chapter_name: str

    word_count: int

    char_count: int

    starting_char_offset: int

    has_parsed_html: bool | Unset = UNSET

    has_summary: bool | Unset = UNSET

    duration_seconds: float | None | Unset = UNSET

    file_number: None | str | Unset = UNSET

    is_fallback_name: bool | Unset = UNSET

    chapter_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("chapter_name", "chapter_name", STR, required=True),
        Field("word_count", "word_count", INT, required=True),
        Field("char_count", "char_count", INT, required=True),
        Field("starting_char_offset", "starting_char_offset", INT, required=True),
        Field("has_parsed_html", "has_parsed_html", BOOL),
        Field("has_summary", "has_summary", BOOL),
        Field("duration_seconds", "duration_seconds", union(FLOAT, NULL)),
        Field("file_number", "file_number", union(STR, NULL)),
        Field("is_fallback_name", "is_fallback_name", BOOL),
        Field("chapter_id", "chapter_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
