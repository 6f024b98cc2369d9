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
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class DubbingBulkSourceSegmentUpdateResponse(Lazy, AdditionalProperties[Any]):
    """The result of a bulk source edit: the updated segments and the new revision.

    Attributes:
        segments: The edited segments in their updated state.
        revision: The project's source-transcript revision after the edits.
    """

    segments: list[DubbingTranscriptSegment]

    revision: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("segments", "segments", list_of(object_of("DubbingTranscriptSegment")), required=True),
        Field("revision", "revision", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_transcript_segment import DubbingTranscriptSegment
