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

T = TypeVar("T", bound="AudioSegment")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AudioSegment(Lazy):
    """Attributes:
    start_ms (int):
    end_ms (int):
    description (str):
    segment_type (None | str | Unset):
    has_speech (bool | Unset): Defaults to False on the server.
    has_music (bool | Unset): Defaults to False on the server.
    pacing (None | str | Unset):
    """

    start_ms: int

    end_ms: int

    description: str

    segment_type: None | str | Unset = UNSET

    has_speech: bool | Unset = UNSET

    has_music: bool | Unset = UNSET

    pacing: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "start_ms",
        "end_ms",
        "description",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        start_ms = self.start_ms

        end_ms = self.end_ms

        description = self.description

        segment_type: Any
        try:
            segment_type = self.segment_type

        except (AttributeError, TypeError):
            segment_type = self.segment_type

        has_speech = self.has_speech

        has_music = self.has_music

        pacing: Any
        try:
            pacing = self.pacing

        except (AttributeError, TypeError):
            pacing = self.pacing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start_ms is not None or "start_ms" not in self._missing_fields:
            field_dict["start_ms"] = start_ms
        if end_ms is not None or "end_ms" not in self._missing_fields:
            field_dict["end_ms"] = end_ms
        if description is not None or "description" not in self._missing_fields:
            field_dict["description"] = description
        if segment_type is not UNSET:
            field_dict["segment_type"] = segment_type
        if has_speech is not UNSET:
            field_dict["has_speech"] = has_speech
        if has_music is not UNSET:
            field_dict["has_music"] = has_music
        if pacing is not UNSET:
            field_dict["pacing"] = pacing
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        audio_segment = cls.__new__(cls)
        audio_segment.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return audio_segment

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


_read_start_ms = plain_reader("start_ms", (int,), "an integer", True)

_read_end_ms = plain_reader("end_ms", (int,), "an integer", True)

_read_description = plain_reader("description", (str,), "a string", True)

_read_segment_type = plain_reader(
    "segment_type",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_has_speech = plain_reader("has_speech", (bool,), "a boolean", False)

_read_has_music = plain_reader("has_music", (bool,), "a boolean", False)

_read_pacing = plain_reader(
    "pacing",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "start_ms",
        "end_ms",
        "description",
        "segment_type",
        "has_speech",
        "has_music",
        "pacing",
    )
)


def _read_additional_properties(cls: type[AudioSegment], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AudioSegment], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    start_ms = d.get("start_ms", MISSING)
    if start_ms.__class__ is not int:
        start_ms = _read_start_ms(cls, d)

    end_ms = d.get("end_ms", MISSING)
    if end_ms.__class__ is not int:
        end_ms = _read_end_ms(cls, d)

    description = d.get("description", MISSING)
    if description.__class__ is not str:
        description = _read_description(cls, d)

    segment_type = d.get("segment_type", UNSET)
    if segment_type.__class__ is not str and segment_type is not None and segment_type is not UNSET:
        segment_type = _read_segment_type(cls, d)

    has_speech = d.get("has_speech", UNSET)
    if has_speech.__class__ is not bool and has_speech is not UNSET:
        has_speech = _read_has_speech(cls, d)

    has_music = d.get("has_music", UNSET)
    if has_music.__class__ is not bool and has_music is not UNSET:
        has_music = _read_has_music(cls, d)

    pacing = d.get("pacing", UNSET)
    if pacing.__class__ is not str and pacing is not None and pacing is not UNSET:
        pacing = _read_pacing(cls, d)

    return {
        "start_ms": start_ms,
        "end_ms": end_ms,
        "description": description,
        "segment_type": segment_type,
        "has_speech": has_speech,
        "has_music": has_music,
        "pacing": pacing,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AudioSegment,
    _all_fields,
    {
        "start_ms": _read_start_ms,
        "end_ms": _read_end_ms,
        "description": _read_description,
        "segment_type": _read_segment_type,
        "has_speech": _read_has_speech,
        "has_music": _read_has_music,
        "pacing": _read_pacing,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
