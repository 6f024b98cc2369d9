from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DubbingTargetTranscriptResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DubbingTargetTranscriptResponse(Lazy):
    """Attributes:
    target_language (str): BCP-47 language tag this target is translated into.
    segments (list[DubbingTargetTranscriptSegment]): The target segments, in playback order.
    revision (int): The target's revision at read time.
    source_language (None | str | Unset): BCP-47 language tag of the source transcript.
    """

    target_language: str

    segments: list[DubbingTargetTranscriptSegment]

    revision: int

    source_language: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "target_language",
        "segments",
        "revision",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        target_language = self.target_language

        segments: Any
        try:
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        except (AttributeError, TypeError):
            segments = self.segments

        revision = self.revision

        source_language: Any
        try:
            source_language = self.source_language

        except (AttributeError, TypeError):
            source_language = self.source_language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if target_language is not None or "target_language" not in self._missing_fields:
            field_dict["target_language"] = target_language
        if segments is not None or "segments" not in self._missing_fields:
            field_dict["segments"] = segments
        if revision is not None or "revision" not in self._missing_fields:
            field_dict["revision"] = revision
        if source_language is not UNSET:
            field_dict["source_language"] = source_language
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dubbing_target_transcript_response = cls.__new__(cls)
        dubbing_target_transcript_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return dubbing_target_transcript_response

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


_read_target_language = plain_reader("target_language", (str,), "a string", True)


def _read_segments(cls: type[DubbingTargetTranscriptResponse], d: Mapping[str, Any]) -> Any:
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

_read_source_language = plain_reader(
    "source_language",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "target_language",
        "segments",
        "revision",
        "source_language",
    )
)


def _read_additional_properties(cls: type[DubbingTargetTranscriptResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[DubbingTargetTranscriptResponse], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    target_language = d.get("target_language", MISSING)
    if target_language.__class__ is not str:
        target_language = _read_target_language(cls, d)

    if "segments" in known:
        segments = known["segments"]
    else:
        segments = _read_segments(cls, d)

    revision = d.get("revision", MISSING)
    if revision.__class__ is not int:
        revision = _read_revision(cls, d)

    source_language = d.get("source_language", UNSET)
    if source_language.__class__ is not str and source_language is not None and source_language is not UNSET:
        source_language = _read_source_language(cls, d)

    return {
        "target_language": target_language,
        "segments": segments,
        "revision": revision,
        "source_language": source_language,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DubbingTargetTranscriptResponse,
    _all_fields,
    {
        "target_language": _read_target_language,
        "segments": _read_segments,
        "revision": _read_revision,
        "source_language": _read_source_language,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_target_transcript_segment import DubbingTargetTranscriptSegment
