from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="AudioSegment")


@_attrs_define
class AudioSegment:
    """Attributes:
    start_ms (int):
    end_ms (int):
    description (str):
    segment_type (None | str | Unset):
    has_speech (bool | Unset):  Default: False.
    has_music (bool | Unset):  Default: False.
    pacing (None | str | Unset):
    """

    start_ms: int

    end_ms: int

    description: str

    segment_type: None | str | Unset = UNSET

    has_speech: bool | Unset = False

    has_music: bool | Unset = False

    pacing: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        start_ms = d.pop("start_ms", MISSING)
        if start_ms.__class__ is not int:
            if start_ms is MISSING:
                start_ms = missing_field(cls, "start_ms")
                _missing += ("start_ms",)
            else:
                start_ms = unexpected_type(cls, "start_ms", start_ms, "an integer")

        end_ms = d.pop("end_ms", MISSING)
        if end_ms.__class__ is not int:
            if end_ms is MISSING:
                end_ms = missing_field(cls, "end_ms")
                _missing += ("end_ms",)
            else:
                end_ms = unexpected_type(cls, "end_ms", end_ms, "an integer")

        description = d.pop("description", MISSING)
        if description.__class__ is not str:
            if description is MISSING:
                description = missing_field(cls, "description")
                _missing += ("description",)
            else:
                description = unexpected_type(cls, "description", description, "a string")

        segment_type = d.pop("segment_type", UNSET)
        if segment_type.__class__ is not str and segment_type is not None and segment_type is not UNSET:
            segment_type = unexpected_type(cls, "segment_type", segment_type, "a string or null")

        has_speech = d.pop("has_speech", UNSET)
        if has_speech.__class__ is not bool and has_speech is not UNSET:
            has_speech = unexpected_type(cls, "has_speech", has_speech, "a boolean")

        has_music = d.pop("has_music", UNSET)
        if has_music.__class__ is not bool and has_music is not UNSET:
            has_music = unexpected_type(cls, "has_music", has_music, "a boolean")

        pacing = d.pop("pacing", UNSET)
        if pacing.__class__ is not str and pacing is not None and pacing is not UNSET:
            pacing = unexpected_type(cls, "pacing", pacing, "a string or null")

        audio_segment = cls(
            start_ms=start_ms,
            end_ms=end_ms,
            description=description,
            segment_type=segment_type,
            has_speech=has_speech,
            has_music=has_music,
            pacing=pacing,
        )
        if _missing:
            audio_segment._missing_fields = _missing
        audio_segment.additional_properties = d
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
