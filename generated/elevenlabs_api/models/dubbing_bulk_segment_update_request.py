from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, AdditionalProperties, Field, Lazy, dict_of, object_of


@_attrs_define(slots=False)
class DubbingBulkSegmentUpdateRequest(Lazy, AdditionalProperties[Any]):
    """Edit several source segments at once, applied atomically (all succeed or none do).

    Attributes:
        segments: Map of segment id to the partial update to apply to that segment.
    """

    segments: DubbingBulkSegmentUpdateRequestSegments

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("segments", "segments", object_of("DubbingBulkSegmentUpdateRequestSegments"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DubbingBulkSegmentUpdateRequestSegments(Lazy, AdditionalProperties["DubbingSegmentUpdateRequest"]):
    """Map of segment id to the partial update to apply to that segment."""

    additional_properties: dict[str, DubbingSegmentUpdateRequest] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("DubbingSegmentUpdateRequest"))),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_segment_update_request import DubbingSegmentUpdateRequest
