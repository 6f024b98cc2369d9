from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    PARSING,
    Lazy,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
    unexpected_type,
)

T = TypeVar("T", bound="VoiceAccentResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VoiceAccentResponseModel(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "accent",
        "language",
        "code",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        voice_accent_response_model = cls.__new__(cls)
        voice_accent_response_model.__dict__ = _all_fields(cls, src_dict)  # what __init__ would set, and the rest
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


def _read_accent(cls: type[VoiceAccentResponseModel], d: Mapping[str, Any]) -> Any:
    accent = d.get("accent", MISSING)
    if accent.__class__ is not str:
        if accent is MISSING:
            accent = missing_field(cls, "accent")
        else:
            accent = unexpected_type(cls, "accent", accent, "a string")

    return accent


def _read_language(cls: type[VoiceAccentResponseModel], d: Mapping[str, Any]) -> Any:
    language = d.get("language", MISSING)
    if language.__class__ is not str:
        if language is MISSING:
            language = missing_field(cls, "language")
        else:
            language = unexpected_type(cls, "language", language, "a string")

    return language


def _read_code(cls: type[VoiceAccentResponseModel], d: Mapping[str, Any]) -> Any:
    code = d.get("code", MISSING)
    if code.__class__ is not str:
        if code is MISSING:
            code = missing_field(cls, "code")
        else:
            code = unexpected_type(cls, "code", code, "a string")

    return code


def _read_name(cls: type[VoiceAccentResponseModel], d: Mapping[str, Any]) -> Any:
    name = d.get("name", MISSING)
    if name.__class__ is not str:
        if name is MISSING:
            name = missing_field(cls, "name")
        else:
            name = unexpected_type(cls, "name", name, "a string")

    return name


_FIELDS: frozenset[str] = frozenset(
    (
        "accent",
        "language",
        "code",
        "name",
    )
)


def _read_additional_properties(cls: type[VoiceAccentResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[VoiceAccentResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all)."""
    accent = d.get("accent", MISSING)
    if accent.__class__ is not str:
        accent = _read_accent(cls, d)

    language = d.get("language", MISSING)
    if language.__class__ is not str:
        language = _read_language(cls, d)

    code = d.get("code", MISSING)
    if code.__class__ is not str:
        code = _read_code(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    return {
        "accent": accent,
        "language": language,
        "code": code,
        "name": name,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


VoiceAccentResponseModel._all_fields = _all_fields
set_readers(
    VoiceAccentResponseModel,
    {
        "accent": _read_accent,
        "language": _read_language,
        "code": _read_code,
        "name": _read_name,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
