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
class DubbingTargetTranscriptResponse(Lazy, AdditionalProperties[Any]):
    """Attributes:
    target_language: BCP-47 language tag this target is translated into.
    segments: The target segments, in playback order.
    revision: The target's revision at read time.
    source_language: BCP-47 language tag of the source transcript.
    """

    target_language: str

    segments: list[DubbingTargetTranscriptSegment]

    revision: int

    source_language: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("target_language", "target_language", STR, required=True),
        Field("segments", "segments", list_of(object_of("DubbingTargetTranscriptSegment")), required=True),
        Field("revision", "revision", INT, required=True),
        Field("source_language", "source_language", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_target_transcript_segment import DubbingTargetTranscriptSegment
