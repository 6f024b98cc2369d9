from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    check_items,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="VideoSegment")


@_attrs_define
class VideoSegment:
    """Attributes:
    start_ms (int):
    end_ms (int):
    description (str):
    subjects (list[str] | Unset):
    shot_type (None | str | Unset):
    camera_movement (None | str | Unset):
    transition_in (None | str | Unset):
    has_speech (bool | Unset):  Default: False.
    has_music (bool | Unset):  Default: False.
    pacing (None | str | Unset):
    """

    start_ms: int

    end_ms: int

    description: str

    subjects: list[str] | Unset = UNSET

    shot_type: None | str | Unset = UNSET

    camera_movement: None | str | Unset = UNSET

    transition_in: None | str | Unset = UNSET

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

        subjects: Any
        try:
            subjects = UNSET
            if not isinstance(self.subjects, Unset):
                subjects = self.subjects

        except (AttributeError, TypeError):
            subjects = self.subjects

        shot_type: Any
        try:
            shot_type = self.shot_type

        except (AttributeError, TypeError):
            shot_type = self.shot_type

        camera_movement: Any
        try:
            camera_movement = self.camera_movement

        except (AttributeError, TypeError):
            camera_movement = self.camera_movement

        transition_in: Any
        try:
            transition_in = self.transition_in

        except (AttributeError, TypeError):
            transition_in = self.transition_in

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
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if shot_type is not UNSET:
            field_dict["shot_type"] = shot_type
        if camera_movement is not UNSET:
            field_dict["camera_movement"] = camera_movement
        if transition_in is not UNSET:
            field_dict["transition_in"] = transition_in
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

        subjects = d.pop("subjects", UNSET)
        if subjects.__class__ is not list and subjects is not UNSET:
            subjects = unexpected_type(cls, "subjects", subjects, "an array")
        elif subjects.__class__ is list and subjects:
            check_items(cls, "subjects", subjects, (str,), "a string")

        shot_type = d.pop("shot_type", UNSET)
        if shot_type.__class__ is not str and shot_type is not None and shot_type is not UNSET:
            shot_type = unexpected_type(cls, "shot_type", shot_type, "a string or null")

        camera_movement = d.pop("camera_movement", UNSET)
        if camera_movement.__class__ is not str and camera_movement is not None and camera_movement is not UNSET:
            camera_movement = unexpected_type(cls, "camera_movement", camera_movement, "a string or null")

        transition_in = d.pop("transition_in", UNSET)
        if transition_in.__class__ is not str and transition_in is not None and transition_in is not UNSET:
            transition_in = unexpected_type(cls, "transition_in", transition_in, "a string or null")

        has_speech = d.pop("has_speech", UNSET)
        if has_speech.__class__ is not bool and has_speech is not UNSET:
            has_speech = unexpected_type(cls, "has_speech", has_speech, "a boolean")

        has_music = d.pop("has_music", UNSET)
        if has_music.__class__ is not bool and has_music is not UNSET:
            has_music = unexpected_type(cls, "has_music", has_music, "a boolean")

        pacing = d.pop("pacing", UNSET)
        if pacing.__class__ is not str and pacing is not None and pacing is not UNSET:
            pacing = unexpected_type(cls, "pacing", pacing, "a string or null")

        video_segment = cls(
            start_ms=start_ms,
            end_ms=end_ms,
            description=description,
            subjects=subjects,
            shot_type=shot_type,
            camera_movement=camera_movement,
            transition_in=transition_in,
            has_speech=has_speech,
            has_music=has_music,
            pacing=pacing,
        )
        if _missing:
            video_segment._missing_fields = _missing
        video_segment.additional_properties = d
        return video_segment

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
