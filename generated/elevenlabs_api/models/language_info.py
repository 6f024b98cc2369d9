from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="LanguageInfo")


@_attrs_define
class LanguageInfo:
    """Example:
        {'code': 'es-ES', 'label': 'Spanish (Spain)'}

    Attributes:
        code (str): The language code (e.g. 'en', 'fr', 'es-ES').
        label (str): The human-readable language name (e.g. 'English', 'French', 'Spanish (Spain)').
    """

    code: str

    label: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if code is not None or "code" not in self._missing_fields:
            field_dict["code"] = code
        if label is not None or "label" not in self._missing_fields:
            field_dict["label"] = label
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        code = d.pop("code", MISSING)
        if code.__class__ is not str:
            if code is MISSING:
                code = missing_field(cls, "code")
                _missing += ("code",)
            else:
                code = unexpected_type(cls, "code", code, "a string")

        label = d.pop("label", MISSING)
        if label.__class__ is not str:
            if label is MISSING:
                label = missing_field(cls, "label")
                _missing += ("label",)
            else:
                label = unexpected_type(cls, "label", label, "a string")

        language_info = cls(
            code=code,
            label=label,
        )
        if _missing:
            language_info._missing_fields = _missing
        language_info.additional_properties = d
        return language_info

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
