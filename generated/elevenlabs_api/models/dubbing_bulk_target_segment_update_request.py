from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, AdditionalProperties, Field, Lazy, dict_of, object_of


@_attrs_define(slots=False)
class DubbingBulkTargetSegmentUpdateRequest(Lazy, AdditionalProperties[Any]):
    """Edit several target translations at once, applied atomically (all succeed or none do).

    Attributes:
        segments: Map of segment id to the translation edit to apply to that segment.
    """

    segments: DubbingBulkTargetSegmentUpdateRequestSegments

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("segments", "segments", object_of("DubbingBulkTargetSegmentUpdateRequestSegments"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DubbingBulkTargetSegmentUpdateRequestSegments(Lazy, AdditionalProperties["DubbingTargetSegmentUpdateRequest"]):
    """Map of segment id to the translation edit to apply to that segment."""

    additional_properties: dict[str, DubbingTargetSegmentUpdateRequest] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("DubbingTargetSegmentUpdateRequest"))),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_target_segment_update_request import DubbingTargetSegmentUpdateRequest
