from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DubbingBulkSegmentUpdateRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DubbingBulkSegmentUpdateRequest(Lazy):
    """Edit several source segments at once, applied atomically (all succeed or none do).

    Attributes:
        segments (DubbingBulkSegmentUpdateRequestSegments): Map of segment id to the partial update to apply to that
            segment.
    """

    segments: DubbingBulkSegmentUpdateRequestSegments

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("segments",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dubbing_bulk_segment_update_request = cls.__new__(cls)
        dubbing_bulk_segment_update_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_segments(cls: type[DubbingBulkSegmentUpdateRequest], d: Mapping[str, Any]) -> Any:
    segments_raw = d.get("segments", MISSING)
    if segments_raw is MISSING:
        segments = missing_field(cls, "segments")
    else:
        try:
            segments = DubbingBulkSegmentUpdateRequestSegments.from_dict(segments_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            segments = deviating_field(cls, "segments", segments_raw)

    return segments


_FIELDS: frozenset[str] = frozenset(("segments",))


def _read_additional_properties(cls: type[DubbingBulkSegmentUpdateRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[DubbingBulkSegmentUpdateRequest], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "segments" in known:
        segments = known["segments"]
    else:
        segments = _read_segments(cls, d)

    return {
        "segments": segments,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DubbingBulkSegmentUpdateRequest,
    _all_fields,
    {
        "segments": _read_segments,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_bulk_segment_update_request_segments import DubbingBulkSegmentUpdateRequestSegments
