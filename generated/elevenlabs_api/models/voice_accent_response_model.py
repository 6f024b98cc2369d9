from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
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
        voice_accent_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_accent = plain_reader("accent", (str,), "a string", True)

_read_language = plain_reader("language", (str,), "a string", True)

_read_code = plain_reader("code", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)


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


def _all_fields(cls: type[VoiceAccentResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
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


set_readers(
    VoiceAccentResponseModel,
    _all_fields,
    {
        "accent": _read_accent,
        "language": _read_language,
        "code": _read_code,
        "name": _read_name,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
