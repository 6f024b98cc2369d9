from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class DubbingSourceSegmentUpdateResponse(Lazy, AdditionalProperties[Any]):
    """The result of a source-segment add or edit: the segment and the new revision.

    Attributes:
        segment: One segment of a source transcript.
        revision: The project's source-transcript revision after this edit.
    """

    segment: DubbingTranscriptSegment

    revision: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("segment", "segment", object_of("DubbingTranscriptSegment"), required=True),
        Field("revision", "revision", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_transcript_segment import DubbingTranscriptSegment
