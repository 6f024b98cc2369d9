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

T = TypeVar("T", bound="ProjectVoiceResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ProjectVoiceResponseModel(Lazy):
    """Attributes:
    project_voice_ref_id (str):
    voice_id (str):
    alias (str):
    stability (float):
    similarity_boost (float):
    style (float):
    is_pinned (bool):
    use_speaker_boost (bool):
    volume_gain (float):
    speed (float):
    """

    project_voice_ref_id: str

    voice_id: str

    alias: str

    stability: float

    similarity_boost: float

    style: float

    is_pinned: bool

    use_speaker_boost: bool

    volume_gain: float

    speed: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "project_voice_ref_id",
        "voice_id",
        "alias",
        "stability",
        "similarity_boost",
        "style",
        "is_pinned",
        "use_speaker_boost",
        "volume_gain",
        "speed",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        project_voice_ref_id = self.project_voice_ref_id

        voice_id = self.voice_id

        alias = self.alias

        stability = self.stability

        similarity_boost = self.similarity_boost

        style = self.style

        is_pinned = self.is_pinned

        use_speaker_boost = self.use_speaker_boost

        volume_gain = self.volume_gain

        speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if project_voice_ref_id is not None or "project_voice_ref_id" not in self._missing_fields:
            field_dict["project_voice_ref_id"] = project_voice_ref_id
        if voice_id is not None or "voice_id" not in self._missing_fields:
            field_dict["voice_id"] = voice_id
        if alias is not None or "alias" not in self._missing_fields:
            field_dict["alias"] = alias
        if stability is not None or "stability" not in self._missing_fields:
            field_dict["stability"] = stability
        if similarity_boost is not None or "similarity_boost" not in self._missing_fields:
            field_dict["similarity_boost"] = similarity_boost
        if style is not None or "style" not in self._missing_fields:
            field_dict["style"] = style
        if is_pinned is not None or "is_pinned" not in self._missing_fields:
            field_dict["is_pinned"] = is_pinned
        if use_speaker_boost is not None or "use_speaker_boost" not in self._missing_fields:
            field_dict["use_speaker_boost"] = use_speaker_boost
        if volume_gain is not None or "volume_gain" not in self._missing_fields:
            field_dict["volume_gain"] = volume_gain
        if speed is not None or "speed" not in self._missing_fields:
            field_dict["speed"] = speed
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        project_voice_response_model = cls.__new__(cls)
        project_voice_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return project_voice_response_model

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


_read_project_voice_ref_id = plain_reader("project_voice_ref_id", (str,), "a string", True)

_read_voice_id = plain_reader("voice_id", (str,), "a string", True)

_read_alias = plain_reader("alias", (str,), "a string", True)

_read_stability = plain_reader(
    "stability",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_similarity_boost = plain_reader(
    "similarity_boost",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_style = plain_reader(
    "style",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_is_pinned = plain_reader("is_pinned", (bool,), "a boolean", True)

_read_use_speaker_boost = plain_reader("use_speaker_boost", (bool,), "a boolean", True)

_read_volume_gain = plain_reader(
    "volume_gain",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_speed = plain_reader(
    "speed",
    (
        float,
        int,
    ),
    "a number",
    True,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "project_voice_ref_id",
        "voice_id",
        "alias",
        "stability",
        "similarity_boost",
        "style",
        "is_pinned",
        "use_speaker_boost",
        "volume_gain",
        "speed",
    )
)


def _read_additional_properties(cls: type[ProjectVoiceResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ProjectVoiceResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    project_voice_ref_id = d.get("project_voice_ref_id", MISSING)
    if project_voice_ref_id.__class__ is not str:
        project_voice_ref_id = _read_project_voice_ref_id(cls, d)

    voice_id = d.get("voice_id", MISSING)
    if voice_id.__class__ is not str:
        voice_id = _read_voice_id(cls, d)

    alias = d.get("alias", MISSING)
    if alias.__class__ is not str:
        alias = _read_alias(cls, d)

    stability = d.get("stability", MISSING)
    if stability.__class__ is not float and stability.__class__ is not int:
        stability = _read_stability(cls, d)

    similarity_boost = d.get("similarity_boost", MISSING)
    if similarity_boost.__class__ is not float and similarity_boost.__class__ is not int:
        similarity_boost = _read_similarity_boost(cls, d)

    style = d.get("style", MISSING)
    if style.__class__ is not float and style.__class__ is not int:
        style = _read_style(cls, d)

    is_pinned = d.get("is_pinned", MISSING)
    if is_pinned.__class__ is not bool:
        is_pinned = _read_is_pinned(cls, d)

    use_speaker_boost = d.get("use_speaker_boost", MISSING)
    if use_speaker_boost.__class__ is not bool:
        use_speaker_boost = _read_use_speaker_boost(cls, d)

    volume_gain = d.get("volume_gain", MISSING)
    if volume_gain.__class__ is not float and volume_gain.__class__ is not int:
        volume_gain = _read_volume_gain(cls, d)

    speed = d.get("speed", MISSING)
    if speed.__class__ is not float and speed.__class__ is not int:
        speed = _read_speed(cls, d)

    return {
        "project_voice_ref_id": project_voice_ref_id,
        "voice_id": voice_id,
        "alias": alias,
        "stability": stability,
        "similarity_boost": similarity_boost,
        "style": style,
        "is_pinned": is_pinned,
        "use_speaker_boost": use_speaker_boost,
        "volume_gain": volume_gain,
        "speed": speed,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ProjectVoiceResponseModel,
    _all_fields,
    {
        "project_voice_ref_id": _read_project_voice_ref_id,
        "voice_id": _read_voice_id,
        "alias": _read_alias,
        "stability": _read_stability,
        "similarity_boost": _read_similarity_boost,
        "style": _read_style,
        "is_pinned": _read_is_pinned,
        "use_speaker_boost": _read_use_speaker_boost,
        "volume_gain": _read_volume_gain,
        "speed": _read_speed,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
