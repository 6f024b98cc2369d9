from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="DubbingBulkSegmentUpdateRequest")


@_attrs_define
class DubbingBulkSegmentUpdateRequest:
    """Edit several source segments at once, applied atomically (all succeed or none do).

    Attributes:
        segments (DubbingBulkSegmentUpdateRequestSegments): Map of segment id to the partial update to apply to that
            segment.
    """

    segments: DubbingBulkSegmentUpdateRequestSegments

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        segments: Any
        try:
            segments = self.segments.to_dict()
        except (AttributeError, TypeError):
            segments = self.segments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if segments is not None or "segments" not in self._missing_fields:
            field_dict["segments"] = segments
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        segments_raw = d.pop("segments", MISSING)
        if segments_raw is MISSING:
            segments = missing_field(cls, "segments")
            _missing += ("segments",)
        else:
            try:
                segments = DubbingBulkSegmentUpdateRequestSegments.from_dict(segments_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                segments = deviating_field(cls, "segments", segments_raw)

        dubbing_bulk_segment_update_request = cls(
            segments=segments,
        )
        if _missing:
            dubbing_bulk_segment_update_request._missing_fields = _missing
        dubbing_bulk_segment_update_request.additional_properties = d
        return dubbing_bulk_segment_update_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_bulk_segment_update_request_segments import DubbingBulkSegmentUpdateRequestSegments
