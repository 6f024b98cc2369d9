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
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class DubbingSourceTranscriptResponse(Lazy, AdditionalProperties[Any]):
    """Attributes:
    segments: The source segments, in playback order.
    revision: The project's source-transcript revision at read time.
    language: BCP-47 language tag of the source transcript (null if unknown).
    """

    segments: list[DubbingTranscriptSegment]

    revision: int

    language: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("segments", "segments", list_of(object_of("DubbingTranscriptSegment")), required=True),
        Field("revision", "revision", INT, required=True),
        Field("language", "language", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_transcript_segment import DubbingTranscriptSegment
