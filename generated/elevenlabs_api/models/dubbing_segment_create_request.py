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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DubbingSegmentCreateRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DubbingSegmentCreateRequest(Lazy):
    """A new source segment; its id and word-level alignment are assigned by the server.

    Attributes:
        text (str): The text of the new segment.
        speaker_id (str): Identifier of the segment's speaker.
        start_s (float): Start time of the segment, in seconds.
        end_s (float): End time of the segment, in seconds.
    """

    text: str

    speaker_id: str

    start_s: float

    end_s: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "text",
        "speaker_id",
        "start_s",
        "end_s",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        text = self.text

        speaker_id = self.speaker_id

        start_s = self.start_s

        end_s = self.end_s

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if speaker_id is not None or "speaker_id" not in self._missing_fields:
            field_dict["speaker_id"] = speaker_id
        if start_s is not None or "start_s" not in self._missing_fields:
            field_dict["start_s"] = start_s
        if end_s is not None or "end_s" not in self._missing_fields:
            field_dict["end_s"] = end_s
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dubbing_segment_create_request = cls.__new__(cls)
        dubbing_segment_create_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return dubbing_segment_create_request

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


_read_text = plain_reader("text", (str,), "a string", True)

_read_speaker_id = plain_reader("speaker_id", (str,), "a string", True)

_read_start_s = plain_reader(
    "start_s",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_end_s = plain_reader(
    "end_s",
    (
        float,
        int,
    ),
    "a number",
    True,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "text",
        "speaker_id",
        "start_s",
        "end_s",
    )
)


def _read_additional_properties(cls: type[DubbingSegmentCreateRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[DubbingSegmentCreateRequest], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    text = d.get("text", MISSING)
    if text.__class__ is not str:
        text = _read_text(cls, d)

    speaker_id = d.get("speaker_id", MISSING)
    if speaker_id.__class__ is not str:
        speaker_id = _read_speaker_id(cls, d)

    start_s = d.get("start_s", MISSING)
    if start_s.__class__ is not float and start_s.__class__ is not int:
        start_s = _read_start_s(cls, d)

    end_s = d.get("end_s", MISSING)
    if end_s.__class__ is not float and end_s.__class__ is not int:
        end_s = _read_end_s(cls, d)

    return {
        "text": text,
        "speaker_id": speaker_id,
        "start_s": start_s,
        "end_s": end_s,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DubbingSegmentCreateRequest,
    _all_fields,
    {
        "text": _read_text,
        "speaker_id": _read_speaker_id,
        "start_s": _read_start_s,
        "end_s": _read_end_s,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
