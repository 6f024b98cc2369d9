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
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AudioRefChunk")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AudioRefChunk(Lazy):
    """Attributes:
    song_id (str): The ID of the song to source the chunk from. You can find the song ID in the response headers
        when you generate a song.
    range_ (TimeRange):
    """

    song_id: str

    range_: TimeRange

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "song_id",
        "range",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        song_id = self.song_id

        range_: Any
        try:
            range_ = self.range_.to_dict()
        except (AttributeError, TypeError):
            range_ = self.range_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if song_id is not None or "song_id" not in self._missing_fields:
            field_dict["song_id"] = song_id
        if range_ is not None or "range" not in self._missing_fields:
            field_dict["range"] = range_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        audio_ref_chunk = cls.__new__(cls)
        audio_ref_chunk.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return audio_ref_chunk

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


_read_song_id = plain_reader("song_id", (str,), "a string", True)


def _read_range_(cls: type[AudioRefChunk], d: Mapping[str, Any]) -> Any:
    range__raw = d.get("range", MISSING)
    if range__raw is MISSING:
        range_ = missing_field(cls, "range")
    else:
        try:
            range_ = TimeRange.from_dict(range__raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            range_ = deviating_field(cls, "range", range__raw)

    return range_


_FIELDS: frozenset[str] = frozenset(
    (
        "song_id",
        "range",
    )
)


def _read_additional_properties(cls: type[AudioRefChunk], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AudioRefChunk], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    song_id = d.get("song_id", MISSING)
    if song_id.__class__ is not str:
        song_id = _read_song_id(cls, d)

    if "range_" in known:
        range_ = known["range_"]
    else:
        range_ = _read_range_(cls, d)

    return {
        "song_id": song_id,
        "range_": range_,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AudioRefChunk,
    _all_fields,
    {
        "song_id": _read_song_id,
        "range_": _read_range_,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.time_range import TimeRange
