from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class SectionSource(Lazy, AdditionalProperties[Any]):
    """Attributes:
    song_id: The ID of the song to source the section from. You can find the song ID in the response headers when
        you generate a song.
    negative_ranges: The ranges to exclude from the 'range'.
    """

    song_id: str

    range_: TimeRange

    negative_ranges: list[TimeRange] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("song_id", "song_id", STR, required=True),
        Field("range_", "range", object_of("TimeRange"), required=True),
        Field("negative_ranges", "negative_ranges", list_of(object_of("TimeRange"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.time_range import TimeRange
