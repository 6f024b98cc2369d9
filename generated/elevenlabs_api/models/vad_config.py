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

T = TypeVar("T", bound="VADConfig")


@_attrs_define
class VADConfig:
    """Example:
        {'background_voice_detection': False}

    Attributes:
        background_voice_detection (bool | Unset): Whether to use background voice filtering Default: False.
    """

    background_voice_detection: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        background_voice_detection = self.background_voice_detection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if background_voice_detection is not UNSET:
            field_dict["background_voice_detection"] = background_voice_detection
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        background_voice_detection = d.pop("background_voice_detection", UNSET)
        if background_voice_detection.__class__ is not bool and background_voice_detection is not UNSET:
            background_voice_detection = unexpected_type(
                cls, "background_voice_detection", background_voice_detection, "a boolean"
            )

        vad_config = cls(
            background_voice_detection=background_voice_detection,
        )
        vad_config.additional_properties = d
        return vad_config

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
