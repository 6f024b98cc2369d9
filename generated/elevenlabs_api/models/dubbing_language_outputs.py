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

T = TypeVar("T", bound="DubbingLanguageOutputs")


@_attrs_define
class DubbingLanguageOutputs:
    """Signed, time-limited download URLs for a language target's outputs.

    Attributes:
        lossless_audio (None | str | Unset): Signed URL of the dubbed lossless audio track.
    """

    lossless_audio: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lossless_audio: Any
        try:
            lossless_audio = self.lossless_audio

        except (AttributeError, TypeError):
            lossless_audio = self.lossless_audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if lossless_audio is not UNSET:
            field_dict["lossless_audio"] = lossless_audio
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        lossless_audio = d.pop("lossless_audio", UNSET)
        if lossless_audio.__class__ is not str and lossless_audio is not None and lossless_audio is not UNSET:
            lossless_audio = unexpected_type(cls, "lossless_audio", lossless_audio, "a string or null")

        dubbing_language_outputs = cls(
            lossless_audio=lossless_audio,
        )
        dubbing_language_outputs.additional_properties = d
        return dubbing_language_outputs

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
