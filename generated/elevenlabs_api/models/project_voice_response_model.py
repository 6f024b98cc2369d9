from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        field_dict["project_voice_ref_id"] = project_voice_ref_id
        field_dict["voice_id"] = voice_id
        field_dict["alias"] = alias
        field_dict["stability"] = stability
        field_dict["similarity_boost"] = similarity_boost
        field_dict["style"] = style
        field_dict["is_pinned"] = is_pinned
        field_dict["use_speaker_boost"] = use_speaker_boost
        field_dict["volume_gain"] = volume_gain
        field_dict["speed"] = speed
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_voice_ref_id = d.pop("project_voice_ref_id")

        voice_id = d.pop("voice_id")

        alias = d.pop("alias")

        stability = d.pop("stability")

        similarity_boost = d.pop("similarity_boost")

        style = d.pop("style")

        is_pinned = d.pop("is_pinned")

        use_speaker_boost = d.pop("use_speaker_boost")

        volume_gain = d.pop("volume_gain")

        speed = d.pop("speed")

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
