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

T = TypeVar("T", bound="VoiceAccentResponseModel")


@_attrs_define
class VoiceAccentResponseModel:
    """Example:
        {'accent': 'american', 'code': 'en-american', 'language': 'en', 'name': 'American'}

    Attributes:
        accent (str): The accent value used for filtering shared voices via the `accent` query parameter on `GET
            /v1/shared-voices`.
        language (str): The language code this accent belongs to, e.g. `en`.
        code (str): The full accent code, e.g. `en-american`.
        name (str): The human-readable accent name, e.g. `American`.
    """

    accent: str

    language: str

    code: str

    name: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        accent = self.accent

        language = self.language

        code = self.code

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if accent is not None or "accent" not in self._missing_fields:
            field_dict["accent"] = accent
        if language is not None or "language" not in self._missing_fields:
            field_dict["language"] = language
        if code is not None or "code" not in self._missing_fields:
            field_dict["code"] = code
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        accent = d.pop("accent", MISSING)
        if accent.__class__ is not str:
            if accent is MISSING:
                accent = missing_field(cls, "accent")
                _missing += ("accent",)
            else:
                accent = unexpected_type(cls, "accent", accent, "a string")

        language = d.pop("language", MISSING)
        if language.__class__ is not str:
            if language is MISSING:
                language = missing_field(cls, "language")
                _missing += ("language",)
            else:
                language = unexpected_type(cls, "language", language, "a string")

        code = d.pop("code", MISSING)
        if code.__class__ is not str:
            if code is MISSING:
                code = missing_field(cls, "code")
                _missing += ("code",)
            else:
                code = unexpected_type(cls, "code", code, "a string")

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        voice_accent_response_model = cls(
            accent=accent,
            language=language,
            code=code,
            name=name,
        )
        if _missing:
            voice_accent_response_model._missing_fields = _missing
        voice_accent_response_model.additional_properties = d
        return voice_accent_response_model

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
