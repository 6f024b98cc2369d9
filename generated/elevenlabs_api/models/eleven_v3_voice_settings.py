from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="ElevenV3VoiceSettings")


@_attrs_define
class ElevenV3VoiceSettings:
    """Overrides for the voice's saved settings, applied to one generation.

    Attributes:
        stability (float | None | Unset): How consistent the voice stays across generations. Lower values give more
            expressive, varied speech.
    """

    stability: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        stability: Any
        try:
            stability = self.stability

        except (AttributeError, TypeError):
            stability = self.stability

        field_dict: dict[str, Any] = {}
        if stability is not UNSET:
            field_dict["stability"] = stability
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

        eleven_v3_voice_settings = cls(
            stability=stability,
        )
        return eleven_v3_voice_settings
