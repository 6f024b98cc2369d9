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

T = TypeVar("T", bound="VoiceSettings")


@_attrs_define
class VoiceSettings:
    """Attributes:
    cloning_strength (int | Unset): How strongly the dubbed speakers clone the source voices, 0 to 10. Default: 7.
    """

    cloning_strength: int | Unset = 7

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloning_strength = self.cloning_strength

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if cloning_strength is not UNSET:
            field_dict["cloning_strength"] = cloning_strength
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        cloning_strength = d.pop("cloning_strength", UNSET)
        if cloning_strength.__class__ is not int and cloning_strength is not UNSET:
            cloning_strength = unexpected_type(cls, "cloning_strength", cloning_strength, "an integer")

        voice_settings = cls(
            cloning_strength=cloning_strength,
        )
        voice_settings.additional_properties = d
        return voice_settings

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
