from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class SongSection(Lazy, AdditionalProperties[Any]):
    """Attributes:
    section_name: The name of the section. Must be between 1 and 100 characters.
    positive_local_styles: The styles and musical directions that should be present in this section. Use English
        language for best result.
    negative_local_styles: The styles and musical directions that should not be present in this section. Use English
        language for best result.
    duration_ms: The duration of the section in milliseconds. Must be between 3000ms and 120000ms.
    lines: The lyrics of the section. Max 30 lines per section and max 200 characters per line.
    source_from: Optional source to extract the section from. Used for inpainting.
    """

    section_name: str

    positive_local_styles: list[str]

    negative_local_styles: list[str]

    duration_ms: int

    lines: list[str]

    source_from: None | SectionSource | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("section_name", "section_name", STR, required=True),
        Field("positive_local_styles", "positive_local_styles", list_of(STR), required=True),
        Field("negative_local_styles", "negative_local_styles", list_of(STR), required=True),
        Field("duration_ms", "duration_ms", INT, required=True),
        Field("lines", "lines", list_of(STR), required=True),
        Field("source_from", "source_from", union(object_of("SectionSource"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.section_source import SectionSource
