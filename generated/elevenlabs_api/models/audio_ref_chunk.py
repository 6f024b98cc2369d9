from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class AudioRefChunk(Lazy, AdditionalProperties[Any]):
    """Attributes:
    song_id: The ID of the song to source the chunk from. You can find the song ID in the response headers when you
        generate a song.
    """

    song_id: str

    range_: TimeRange

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("song_id", "song_id", STR, required=True),
        Field("range_", "range", object_of("TimeRange"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.time_range import TimeRange
