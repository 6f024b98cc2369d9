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
class DubbingTargetSegmentUpdateResponse(Lazy, AdditionalProperties[Any]):
    """The result of a target-translation edit: the updated segment and the new revision.

    Attributes:
        segment: One segment of a target transcript: a source segment plus its translation.
        revision: The target's revision after this edit.
    """

    segment: DubbingTargetTranscriptSegment

    revision: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("segment", "segment", object_of("DubbingTargetTranscriptSegment"), required=True),
        Field("revision", "revision", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_target_transcript_segment import DubbingTargetTranscriptSegment
