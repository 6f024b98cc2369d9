from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, missing_field

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
        if project_voice_ref_id is not None:
            field_dict["project_voice_ref_id"] = project_voice_ref_id
        if voice_id is not None:
            field_dict["voice_id"] = voice_id
        if alias is not None:
            field_dict["alias"] = alias
        if stability is not None:
            field_dict["stability"] = stability
        if similarity_boost is not None:
            field_dict["similarity_boost"] = similarity_boost
        if style is not None:
            field_dict["style"] = style
        if is_pinned is not None:
            field_dict["is_pinned"] = is_pinned
        if use_speaker_boost is not None:
            field_dict["use_speaker_boost"] = use_speaker_boost
        if volume_gain is not None:
            field_dict["volume_gain"] = volume_gain
        if speed is not None:
            field_dict["speed"] = speed
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        project_voice_ref_id = d.pop("project_voice_ref_id", MISSING)
        if project_voice_ref_id is MISSING:
            project_voice_ref_id = missing_field(cls, "project_voice_ref_id")

        voice_id = d.pop("voice_id", MISSING)
        if voice_id is MISSING:
            voice_id = missing_field(cls, "voice_id")

        alias = d.pop("alias", MISSING)
        if alias is MISSING:
            alias = missing_field(cls, "alias")

        stability = d.pop("stability", MISSING)
        if stability is MISSING:
            stability = missing_field(cls, "stability")

        similarity_boost = d.pop("similarity_boost", MISSING)
        if similarity_boost is MISSING:
            similarity_boost = missing_field(cls, "similarity_boost")

        style = d.pop("style", MISSING)
        if style is MISSING:
            style = missing_field(cls, "style")

        is_pinned = d.pop("is_pinned", MISSING)
        if is_pinned is MISSING:
            is_pinned = missing_field(cls, "is_pinned")

        use_speaker_boost = d.pop("use_speaker_boost", MISSING)
        if use_speaker_boost is MISSING:
            use_speaker_boost = missing_field(cls, "use_speaker_boost")

        volume_gain = d.pop("volume_gain", MISSING)
        if volume_gain is MISSING:
            volume_gain = missing_field(cls, "volume_gain")

        speed = d.pop("speed", MISSING)
        if speed is MISSING:
            speed = missing_field(cls, "speed")

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
