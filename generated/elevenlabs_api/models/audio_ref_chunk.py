from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="AudioRefChunk")


@_attrs_define
class AudioRefChunk:
    """Attributes:
    song_id (str): The ID of the song to source the chunk from. You can find the song ID in the response headers
        when you generate a song.
    range_ (TimeRange):
    """

    song_id: str

    range_: TimeRange

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        song_id = d.pop("song_id", MISSING)
        if song_id.__class__ is not str:
            if song_id is MISSING:
                song_id = missing_field(cls, "song_id")
                _missing += ("song_id",)
            else:
                song_id = unexpected_type(cls, "song_id", song_id, "a string")

        range__raw = d.pop("range", MISSING)
        if range__raw is MISSING:
            range_ = missing_field(cls, "range")
            _missing += ("range",)
        else:
            try:
                range_ = TimeRange.from_dict(range__raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                range_ = deviating_field(cls, "range", range__raw)

        audio_ref_chunk = cls(
            song_id=song_id,
            range_=range_,
        )
        if _missing:
            audio_ref_chunk._missing_fields = _missing
        audio_ref_chunk.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.time_range import TimeRange
