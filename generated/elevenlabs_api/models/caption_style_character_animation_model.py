from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.caption_style_character_animation_model_enter_type_type_0 import (
    CaptionStyleCharacterAnimationModelEnterTypeType0,
)
from ..models.caption_style_character_animation_model_exit_type_type_0 import (
    CaptionStyleCharacterAnimationModelExitTypeType0,
)
from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="CaptionStyleCharacterAnimationModel")


@_attrs_define
class CaptionStyleCharacterAnimationModel:
    """Attributes:
    enter_type (CaptionStyleCharacterAnimationModelEnterTypeType0 | str):
    exit_type (CaptionStyleCharacterAnimationModelExitTypeType0 | str):
    """

    enter_type: CaptionStyleCharacterAnimationModelEnterTypeType0 | str

    exit_type: CaptionStyleCharacterAnimationModelExitTypeType0 | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        enter_type: Any
        try:
            if isinstance(self.enter_type, str):
                enter_type = self.enter_type
            else:
                enter_type = self.enter_type

        except (AttributeError, TypeError):
            enter_type = self.enter_type

        exit_type: Any
        try:
            if isinstance(self.exit_type, str):
                exit_type = self.exit_type
            else:
                exit_type = self.exit_type

        except (AttributeError, TypeError):
            exit_type = self.exit_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enter_type is not None or "enter_type" not in self._missing_fields:
            field_dict["enter_type"] = enter_type
        if exit_type is not None or "exit_type" not in self._missing_fields:
            field_dict["exit_type"] = exit_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        enter_type = d.pop("enter_type", MISSING)
        if enter_type.__class__ is not str:
            if enter_type is MISSING:
                enter_type = missing_field(cls, "enter_type")
                _missing += ("enter_type",)
            else:
                enter_type = unexpected_type(cls, "enter_type", enter_type, "a string")

        exit_type = d.pop("exit_type", MISSING)
        if exit_type.__class__ is not str:
            if exit_type is MISSING:
                exit_type = missing_field(cls, "exit_type")
                _missing += ("exit_type",)
            else:
                exit_type = unexpected_type(cls, "exit_type", exit_type, "a string")

        caption_style_character_animation_model = cls(
            enter_type=enter_type,
            exit_type=exit_type,
        )
        if _missing:
            caption_style_character_animation_model._missing_fields = _missing
        caption_style_character_animation_model.additional_properties = d
        return caption_style_character_animation_model

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
