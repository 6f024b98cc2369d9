from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="ElevenFlashV25VoiceSettings")


@_attrs_define
class ElevenFlashV25VoiceSettings:
    """Overrides for the voice's saved settings, applied to one generation.

    Attributes:
        stability (float | None | Unset): How consistent the voice stays across generations. Lower values give more
            expressive, varied speech.
        similarity_boost (float | None | Unset): How closely the output adheres to the original voice.
        speed (float | None | Unset): The speed of the generated speech, where 1.0 is the voice's natural pace.
    """

    stability: float | None | Unset = UNSET

    similarity_boost: float | None | Unset = UNSET

    speed: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        stability: Any
        try:
            stability = self.stability

        except (AttributeError, TypeError):
            stability = self.stability

        similarity_boost: Any
        try:
            similarity_boost = self.similarity_boost

        except (AttributeError, TypeError):
            similarity_boost = self.similarity_boost

        speed: Any
        try:
            speed = self.speed

        except (AttributeError, TypeError):
            speed = self.speed

        field_dict: dict[str, Any] = {}
        if stability is not UNSET:
            field_dict["stability"] = stability
        if similarity_boost is not UNSET:
            field_dict["similarity_boost"] = similarity_boost
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

        similarity_boost = d.pop("similarity_boost", UNSET)
        if (
            similarity_boost.__class__ is not float
            and similarity_boost.__class__ is not int
            and similarity_boost is not None
            and similarity_boost is not UNSET
        ):
            similarity_boost = unexpected_type(cls, "similarity_boost", similarity_boost, "a number or null")

        speed = d.pop("speed", UNSET)
        if speed.__class__ is not float and speed.__class__ is not int and speed is not None and speed is not UNSET:
            speed = unexpected_type(cls, "speed", speed, "a number or null")

        eleven_flash_v25_voice_settings = cls(
            stability=stability,
            similarity_boost=similarity_boost,
            speed=speed,
        )
        return eleven_flash_v25_voice_settings
