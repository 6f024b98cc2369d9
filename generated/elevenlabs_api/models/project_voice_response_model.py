from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ProjectVoiceResponseModel")


@_attrs_define
class ProjectVoiceResponseModel:
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        project_voice_ref_id = d.pop("project_voice_ref_id", MISSING)
        if project_voice_ref_id.__class__ is not str:
            if project_voice_ref_id is MISSING:
                project_voice_ref_id = missing_field(cls, "project_voice_ref_id")
                _missing += ("project_voice_ref_id",)
            else:
                project_voice_ref_id = unexpected_type(cls, "project_voice_ref_id", project_voice_ref_id, "a string")

        voice_id = d.pop("voice_id", MISSING)
        if voice_id.__class__ is not str:
            if voice_id is MISSING:
                voice_id = missing_field(cls, "voice_id")
                _missing += ("voice_id",)
            else:
                voice_id = unexpected_type(cls, "voice_id", voice_id, "a string")

        alias = d.pop("alias", MISSING)
        if alias.__class__ is not str:
            if alias is MISSING:
                alias = missing_field(cls, "alias")
                _missing += ("alias",)
            else:
                alias = unexpected_type(cls, "alias", alias, "a string")

        stability = d.pop("stability", MISSING)
        if stability.__class__ is not float and stability.__class__ is not int:
            if stability is MISSING:
                stability = missing_field(cls, "stability")
                _missing += ("stability",)
            else:
                stability = unexpected_type(cls, "stability", stability, "a number")

        similarity_boost = d.pop("similarity_boost", MISSING)
        if similarity_boost.__class__ is not float and similarity_boost.__class__ is not int:
            if similarity_boost is MISSING:
                similarity_boost = missing_field(cls, "similarity_boost")
                _missing += ("similarity_boost",)
            else:
                similarity_boost = unexpected_type(cls, "similarity_boost", similarity_boost, "a number")

        style = d.pop("style", MISSING)
        if style.__class__ is not float and style.__class__ is not int:
            if style is MISSING:
                style = missing_field(cls, "style")
                _missing += ("style",)
            else:
                style = unexpected_type(cls, "style", style, "a number")

        is_pinned = d.pop("is_pinned", MISSING)
        if is_pinned.__class__ is not bool:
            if is_pinned is MISSING:
                is_pinned = missing_field(cls, "is_pinned")
                _missing += ("is_pinned",)
            else:
                is_pinned = unexpected_type(cls, "is_pinned", is_pinned, "a boolean")

        use_speaker_boost = d.pop("use_speaker_boost", MISSING)
        if use_speaker_boost.__class__ is not bool:
            if use_speaker_boost is MISSING:
                use_speaker_boost = missing_field(cls, "use_speaker_boost")
                _missing += ("use_speaker_boost",)
            else:
                use_speaker_boost = unexpected_type(cls, "use_speaker_boost", use_speaker_boost, "a boolean")

        volume_gain = d.pop("volume_gain", MISSING)
        if volume_gain.__class__ is not float and volume_gain.__class__ is not int:
            if volume_gain is MISSING:
                volume_gain = missing_field(cls, "volume_gain")
                _missing += ("volume_gain",)
            else:
                volume_gain = unexpected_type(cls, "volume_gain", volume_gain, "a number")

        speed = d.pop("speed", MISSING)
        if speed.__class__ is not float and speed.__class__ is not int:
            if speed is MISSING:
                speed = missing_field(cls, "speed")
                _missing += ("speed",)
            else:
                speed = unexpected_type(cls, "speed", speed, "a number")

        project_voice_response_model = cls(
            project_voice_ref_id=project_voice_ref_id,
            voice_id=voice_id,
            alias=alias,
            stability=stability,
            similarity_boost=similarity_boost,
            style=style,
            is_pinned=is_pinned,
            use_speaker_boost=use_speaker_boost,
            volume_gain=volume_gain,
            speed=speed,
        )
        if _missing:
            project_voice_response_model._missing_fields = _missing
        project_voice_response_model.additional_properties = d
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
