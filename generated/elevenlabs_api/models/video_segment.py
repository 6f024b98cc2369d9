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
    check_items,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="VideoSegment")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VideoSegment(Lazy):
    """Attributes:
    start_ms (int):
    end_ms (int):
    description (str):
    subjects (list[str] | Unset):
    shot_type (None | str | Unset):
    camera_movement (None | str | Unset):
    transition_in (None | str | Unset):
    has_speech (bool | Unset): Defaults to False on the server.
    has_music (bool | Unset): Defaults to False on the server.
    pacing (None | str | Unset):
    """

    start_ms: int

    end_ms: int

    description: str

    subjects: list[str] | Unset = UNSET

    shot_type: None | str | Unset = UNSET

    camera_movement: None | str | Unset = UNSET

    transition_in: None | str | Unset = UNSET

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        video_segment = cls.__new__(cls)
        video_segment.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_start_ms = plain_reader("start_ms", (int,), "an integer", True)

_read_end_ms = plain_reader("end_ms", (int,), "an integer", True)

_read_description = plain_reader("description", (str,), "a string", True)

_read_subjects = plain_reader("subjects", (list,), "an array", False, ((str,), "a string"))

_read_shot_type = plain_reader(
    "shot_type",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_camera_movement = plain_reader(
    "camera_movement",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_transition_in = plain_reader(
    "transition_in",
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
        "subjects",
        "shot_type",
        "camera_movement",
        "transition_in",
        "has_speech",
        "has_music",
        "pacing",
    )
)


def _read_additional_properties(cls: type[VideoSegment], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[VideoSegment], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
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

    subjects = d.get("subjects", UNSET)
    if subjects.__class__ is not list and subjects is not UNSET:
        subjects = _read_subjects(cls, d)
    elif subjects.__class__ is list and subjects:
        check_items(cls, "subjects", subjects, (str,), "a string")

    shot_type = d.get("shot_type", UNSET)
    if shot_type.__class__ is not str and shot_type is not None and shot_type is not UNSET:
        shot_type = _read_shot_type(cls, d)

    camera_movement = d.get("camera_movement", UNSET)
    if camera_movement.__class__ is not str and camera_movement is not None and camera_movement is not UNSET:
        camera_movement = _read_camera_movement(cls, d)

    transition_in = d.get("transition_in", UNSET)
    if transition_in.__class__ is not str and transition_in is not None and transition_in is not UNSET:
        transition_in = _read_transition_in(cls, d)

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
        "subjects": subjects,
        "shot_type": shot_type,
        "camera_movement": camera_movement,
        "transition_in": transition_in,
        "has_speech": has_speech,
        "has_music": has_music,
        "pacing": pacing,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    VideoSegment,
    _all_fields,
    {
        "start_ms": _read_start_ms,
        "end_ms": _read_end_ms,
        "description": _read_description,
        "subjects": _read_subjects,
        "shot_type": _read_shot_type,
        "camera_movement": _read_camera_movement,
        "transition_in": _read_transition_in,
        "has_speech": _read_has_speech,
        "has_music": _read_has_music,
        "pacing": _read_pacing,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
