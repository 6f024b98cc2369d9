from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TTSConversationalConfigOverride")


@_attrs_define
class TTSConversationalConfigOverride:
    """
    Attributes:
        voice_id (None | str | Unset): The voice ID to use for TTS
        stability (float | None | Unset): The stability of generated speech
        speed (float | None | Unset): The speed of generated speech
        similarity_boost (float | None | Unset): The similarity boost for generated speech
    """

    voice_id: None | str | Unset = UNSET
    stability: float | None | Unset = UNSET
    speed: float | None | Unset = UNSET
    similarity_boost: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = self.voice_id

        stability: float | None | Unset
        if isinstance(self.stability, Unset):
            stability = UNSET
        else:
            stability = self.stability

        speed: float | None | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        else:
            speed = self.speed

        similarity_boost: float | None | Unset
        if isinstance(self.similarity_boost, Unset):
            similarity_boost = UNSET
        else:
            similarity_boost = self.similarity_boost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if stability is not UNSET:
            field_dict["stability"] = stability
        if speed is not UNSET:
            field_dict["speed"] = speed
        if similarity_boost is not UNSET:
            field_dict["similarity_boost"] = similarity_boost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_voice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_id = _parse_voice_id(d.pop("voice_id", UNSET))

        def _parse_stability(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        stability = _parse_stability(d.pop("stability", UNSET))

        def _parse_speed(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        speed = _parse_speed(d.pop("speed", UNSET))

        def _parse_similarity_boost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        similarity_boost = _parse_similarity_boost(d.pop("similarity_boost", UNSET))

        tts_conversational_config_override = cls(
            voice_id=voice_id,
            stability=stability,
            speed=speed,
            similarity_boost=similarity_boost,
        )

        tts_conversational_config_override.additional_properties = d
        return tts_conversational_config_override

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
