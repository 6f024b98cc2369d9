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
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DubbingBulkTargetSegmentUpdateResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DubbingBulkTargetSegmentUpdateResponse(Lazy):
    """The result of a bulk target edit: the updated segments and the new revision.

    Attributes:
        segments (list[DubbingTargetTranscriptSegment]): The edited target segments in their updated state.
        revision (int): The target's revision after the edits.
    """

    segments: list[DubbingTargetTranscriptSegment]

    revision: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "segments",
        "revision",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        segments: Any
        try:
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        except (AttributeError, TypeError):
            segments = self.segments

        revision = self.revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if segments is not None or "segments" not in self._missing_fields:
            field_dict["segments"] = segments
        if revision is not None or "revision" not in self._missing_fields:
            field_dict["revision"] = revision
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dubbing_bulk_target_segment_update_response = cls.__new__(cls)
        dubbing_bulk_target_segment_update_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return dubbing_bulk_target_segment_update_response

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


def _read_segments(cls: type[DubbingBulkTargetSegmentUpdateResponse], d: Mapping[str, Any]) -> Any:
    segments_raw = d.get("segments", MISSING)
    if segments_raw is MISSING:
        segments = missing_field(cls, "segments")
    else:
        try:
            expect_array("segments", segments_raw)
            segments = []
            _segments = segments_raw
            for segments_item_data in _segments:
                segments_item = DubbingTargetTranscriptSegment.from_dict(segments_item_data)

                segments.append(segments_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            segments = deviating_field(cls, "segments", segments_raw)

    return segments


_read_revision = plain_reader("revision", (int,), "an integer", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "segments",
        "revision",
    )
)


def _read_additional_properties(
    cls: type[DubbingBulkTargetSegmentUpdateResponse], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[DubbingBulkTargetSegmentUpdateResponse], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "segments" in known:
        segments = known["segments"]
    else:
        segments = _read_segments(cls, d)

    revision = d.get("revision", MISSING)
    if revision.__class__ is not int:
        revision = _read_revision(cls, d)

    return {
        "segments": segments,
        "revision": revision,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DubbingBulkTargetSegmentUpdateResponse,
    _all_fields,
    {
        "segments": _read_segments,
        "revision": _read_revision,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_target_transcript_segment import DubbingTargetTranscriptSegment
