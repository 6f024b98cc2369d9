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

T = TypeVar("T", bound="DubbingTargetSegmentUpdateRequest")


@_attrs_define
class DubbingTargetSegmentUpdateRequest:
    """A partial edit to a target segment. An omitted field is left unchanged; a provided ``null``
    clears it (see each field for what clearing means).

    Attributes:
        translation (None | str | Unset): New translated text, or null to mark the segment for re-translation.
    """

    translation: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        translation: Any
        try:
            translation = self.translation

        except (AttributeError, TypeError):
            translation = self.translation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if translation is not UNSET:
            field_dict["translation"] = translation
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        translation = d.pop("translation", UNSET)
        if translation.__class__ is not str and translation is not None and translation is not UNSET:
            translation = unexpected_type(cls, "translation", translation, "a string or null")

        dubbing_target_segment_update_request = cls(
            translation=translation,
        )
        dubbing_target_segment_update_request.additional_properties = d
        return dubbing_target_segment_update_request

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
