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

T = TypeVar("T", bound="CaptionStyleTemplateModel")


@_attrs_define
class CaptionStyleTemplateModel:
    """Attributes:
    key (str):
    label (str):
    requires_high_fps (bool | Unset):  Default: False.
    """

    key: str

    label: str

    requires_high_fps: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        requires_high_fps = self.requires_high_fps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if key is not None or "key" not in self._missing_fields:
            field_dict["key"] = key
        if label is not None or "label" not in self._missing_fields:
            field_dict["label"] = label
        if requires_high_fps is not UNSET:
            field_dict["requires_high_fps"] = requires_high_fps
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        key = d.pop("key", MISSING)
        if key.__class__ is not str:
            if key is MISSING:
                key = missing_field(cls, "key")
                _missing += ("key",)
            else:
                key = unexpected_type(cls, "key", key, "a string")

        label = d.pop("label", MISSING)
        if label.__class__ is not str:
            if label is MISSING:
                label = missing_field(cls, "label")
                _missing += ("label",)
            else:
                label = unexpected_type(cls, "label", label, "a string")

        requires_high_fps = d.pop("requires_high_fps", UNSET)
        if requires_high_fps.__class__ is not bool and requires_high_fps is not UNSET:
            requires_high_fps = unexpected_type(cls, "requires_high_fps", requires_high_fps, "a boolean")

        caption_style_template_model = cls(
            key=key,
            label=label,
            requires_high_fps=requires_high_fps,
        )
        if _missing:
            caption_style_template_model._missing_fields = _missing
        caption_style_template_model.additional_properties = d
        return caption_style_template_model

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
