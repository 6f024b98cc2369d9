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

T = TypeVar("T", bound="ToDialogueSettingsResponseModel")


@_attrs_define
class ToDialogueSettingsResponseModel:
    """Example:
        {'stability': 0.5}

    Attributes:
        stability (float | None | Unset): Determines how stable the voice is and the randomness between each generation.
            Lower values introduce broader emotional range for the voice. Higher values can result in a monotonous voice
            with limited emotion. Default: 0.5.
        speed (float | None | Unset):
    """

    stability: float | None | Unset = 0.5

    speed: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stability: Any
        try:
            stability = self.stability

        except (AttributeError, TypeError):
            stability = self.stability

        speed: Any
        try:
            speed = self.speed

        except (AttributeError, TypeError):
            speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if stability is not UNSET:
            field_dict["stability"] = stability
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

        speed = d.pop("speed", UNSET)
        if speed.__class__ is not float and speed.__class__ is not int and speed is not None and speed is not UNSET:
            speed = unexpected_type(cls, "speed", speed, "a number or null")

        to_dialogue_settings_response_model = cls(
            stability=stability,
            speed=speed,
        )
        to_dialogue_settings_response_model.additional_properties = d
        return to_dialogue_settings_response_model

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
