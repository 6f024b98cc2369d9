from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, deviating_field, missing_field

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
        if start_ms is not None:
            field_dict["start_ms"] = start_ms
        if end_ms is not None:
            field_dict["end_ms"] = end_ms
        if description is not None:
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
        start_ms = d.pop("start_ms", MISSING)
        if start_ms is MISSING:
            start_ms = missing_field(cls, "start_ms")

        end_ms = d.pop("end_ms", MISSING)
        if end_ms is MISSING:
            end_ms = missing_field(cls, "end_ms")

        description = d.pop("description", MISSING)
        if description is MISSING:
            description = missing_field(cls, "description")

        subjects_raw = d.pop("subjects", UNSET)
        try:
            subjects = cast(list[str], subjects_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            subjects = deviating_field(cls, "subjects", subjects_raw)

        shot_type = d.pop("shot_type", UNSET)

        camera_movement = d.pop("camera_movement", UNSET)

        transition_in = d.pop("transition_in", UNSET)

        has_speech = d.pop("has_speech", UNSET)

        has_music = d.pop("has_music", UNSET)

        pacing = d.pop("pacing", UNSET)

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
