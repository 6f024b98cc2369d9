from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="SuggestedAudioTag")


@_attrs_define
class SuggestedAudioTag:
    """Attributes:
    tag (str): Audio tag to use (for best performance, 1-2 words, e.g., 'happy', 'excited')
    description (None | str | Unset): Optional description of when to use this tag
    """

    tag: str

    description: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        tag = self.tag

        description: Any
        try:
            description = self.description

        except (AttributeError, TypeError):
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tag is not None or "tag" not in self._missing_fields:
            field_dict["tag"] = tag
        if description is not UNSET:
            field_dict["description"] = description
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        tag = d.pop("tag", MISSING)
        if tag.__class__ is not str:
            if tag is MISSING:
                tag = missing_field(cls, "tag")
                _missing += ("tag",)
            else:
                tag = unexpected_type(cls, "tag", tag, "a string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not None and description is not UNSET:
            description = unexpected_type(cls, "description", description, "a string or null")

        suggested_audio_tag = cls(
            tag=tag,
            description=description,
        )
        if _missing:
            suggested_audio_tag._missing_fields = _missing
        suggested_audio_tag.additional_properties = d
        return suggested_audio_tag

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
