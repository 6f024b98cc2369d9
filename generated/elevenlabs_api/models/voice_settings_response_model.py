from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="VoiceSettingsResponseModel")


@_attrs_define
class VoiceSettingsResponseModel:
    """Example:
        {'similarity_boost': 1.0, 'speed': 1.0, 'stability': 1.0, 'style': 0.0, 'use_speaker_boost': True}

    Attributes:
        stability (float | None | Unset): Determines how stable the voice is and the randomness between each generation.
            Lower values introduce broader emotional range for the voice. Higher values can result in a monotonous voice
            with limited emotion. Default: 0.5.
        use_speaker_boost (bool | None | Unset): This setting boosts the similarity to the original speaker. Using this
            setting requires a slightly higher computational load, which in turn increases latency. Default: True.
        similarity_boost (float | None | Unset): Determines how closely the AI should adhere to the original voice when
            attempting to replicate it. Default: 0.75.
        style (float | None | Unset): Determines the style exaggeration of the voice. This setting attempts to amplify
            the style of the original speaker. It does consume additional computational resources and might increase latency
            if set to anything other than 0. Default: 0.0.
        speed (float | None | Unset): Adjusts the speed of the voice. A value of 1.0 is the default speed, while values
            less than 1.0 slow down the speech, and values greater than 1.0 speed it up. Default: 1.0.
    """

    stability: float | None | Unset = 0.5

    use_speaker_boost: bool | None | Unset = True

    similarity_boost: float | None | Unset = 0.75

    style: float | None | Unset = 0.0

    speed: float | None | Unset = 1.0

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stability: Any
        try:
            stability = self.stability

        except (AttributeError, TypeError):
            stability = self.stability

        use_speaker_boost: Any
        try:
            use_speaker_boost = self.use_speaker_boost

        except (AttributeError, TypeError):
            use_speaker_boost = self.use_speaker_boost

        similarity_boost: Any
        try:
            similarity_boost = self.similarity_boost

        except (AttributeError, TypeError):
            similarity_boost = self.similarity_boost

        style: Any
        try:
            style = self.style

        except (AttributeError, TypeError):
            style = self.style

        speed: Any
        try:
            speed = self.speed

        except (AttributeError, TypeError):
            speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if stability is not UNSET:
            field_dict["stability"] = stability
        if use_speaker_boost is not UNSET:
            field_dict["use_speaker_boost"] = use_speaker_boost
        if similarity_boost is not UNSET:
            field_dict["similarity_boost"] = similarity_boost
        if style is not UNSET:
            field_dict["style"] = style
        if speed is not UNSET:
            field_dict["speed"] = speed
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        stability = d.pop("stability", UNSET)
        if (
            stability.__class__ is not float
            and stability.__class__ is not int
            and stability is not None
            and stability is not UNSET
        ):
            stability = unexpected_type(cls, "stability", stability, "a number or null")

        use_speaker_boost = d.pop("use_speaker_boost", UNSET)
        if use_speaker_boost.__class__ is not bool and use_speaker_boost is not None and use_speaker_boost is not UNSET:
            use_speaker_boost = unexpected_type(cls, "use_speaker_boost", use_speaker_boost, "a boolean or null")

        similarity_boost = d.pop("similarity_boost", UNSET)
        if (
            similarity_boost.__class__ is not float
            and similarity_boost.__class__ is not int
            and similarity_boost is not None
            and similarity_boost is not UNSET
        ):
            similarity_boost = unexpected_type(cls, "similarity_boost", similarity_boost, "a number or null")

        style = d.pop("style", UNSET)
        if style.__class__ is not float and style.__class__ is not int and style is not None and style is not UNSET:
            style = unexpected_type(cls, "style", style, "a number or null")

        speed = d.pop("speed", UNSET)
        if speed.__class__ is not float and speed.__class__ is not int and speed is not None and speed is not UNSET:
            speed = unexpected_type(cls, "speed", speed, "a number or null")

        voice_settings_response_model = cls(
            stability=stability,
            use_speaker_boost=use_speaker_boost,
            similarity_boost=similarity_boost,
            style=style,
            speed=speed,
        )
        voice_settings_response_model.additional_properties = d
        return voice_settings_response_model

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
