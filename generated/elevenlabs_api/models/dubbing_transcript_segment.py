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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DubbingTranscriptSegment")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DubbingTranscriptSegment(Lazy):
    """One segment of a source transcript.

    Attributes:
        id (str): Stable identifier of the segment.
        text (str): The transcribed text of the segment.
        speaker_id (str): Identifier of the segment's speaker.
        start_s (float): Start time of the segment, in seconds.
        end_s (float): End time of the segment, in seconds.
        external_id (None | str | Unset): The caller-supplied external id for this segment, if one was provided.
    """

    id: str

    text: str

    speaker_id: str

    start_s: float

    end_s: float

    external_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "text",
        "speaker_id",
        "start_s",
        "end_s",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        id = self.id

        text = self.text

        speaker_id = self.speaker_id

        start_s = self.start_s

        end_s = self.end_s

        external_id: Any
        try:
            external_id = self.external_id

        except (AttributeError, TypeError):
            external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if speaker_id is not None or "speaker_id" not in self._missing_fields:
            field_dict["speaker_id"] = speaker_id
        if start_s is not None or "start_s" not in self._missing_fields:
            field_dict["start_s"] = start_s
        if end_s is not None or "end_s" not in self._missing_fields:
            field_dict["end_s"] = end_s
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dubbing_transcript_segment = cls.__new__(cls)
        dubbing_transcript_segment.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return dubbing_transcript_segment

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


_read_id = plain_reader("id", (str,), "a string", True)

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

_read_external_id = plain_reader(
    "external_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "text",
        "speaker_id",
        "start_s",
        "end_s",
        "external_id",
    )
)


def _read_additional_properties(cls: type[DubbingTranscriptSegment], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DubbingTranscriptSegment], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

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

    external_id = d.get("external_id", UNSET)
    if external_id.__class__ is not str and external_id is not None and external_id is not UNSET:
        external_id = _read_external_id(cls, d)

    return {
        "id": id,
        "text": text,
        "speaker_id": speaker_id,
        "start_s": start_s,
        "end_s": end_s,
        "external_id": external_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DubbingTranscriptSegment,
    _all_fields,
    {
        "id": _read_id,
        "text": _read_text,
        "speaker_id": _read_speaker_id,
        "start_s": _read_start_s,
        "end_s": _read_end_s,
        "external_id": _read_external_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
