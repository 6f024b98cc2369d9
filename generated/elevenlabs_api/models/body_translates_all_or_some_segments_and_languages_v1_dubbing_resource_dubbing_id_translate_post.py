from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    union,
)


@_attrs_define(slots=False)
class BodyTranslatesAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdTranslatePost(
    Lazy, AdditionalProperties[Any]
):
    """Attributes:
    segments: Translate only this list of segments.
    languages: Translate only these languages for each segment.
    """

    segments: list[str]

    languages: list[str] | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("segments", "segments", list_of(STR), required=True),
        Field("languages", "languages", union(list_of(STR), NULL), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
