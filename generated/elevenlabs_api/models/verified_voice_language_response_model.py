from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="VerifiedVoiceLanguageResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VerifiedVoiceLanguageResponseModel(Lazy):
    """Example:
        {'accent': 'American', 'language': 'en', 'model_id': 'eleven_turbo_v2_5'}

    Attributes:
        language (str): The language of the voice.
        model_id (str): The voice's model ID.
        accent (None | str | Unset): The voice's accent, if applicable.
        locale (None | str | Unset): The voice's locale, if applicable.
        preview_url (None | str | Unset): The voice's preview URL, if applicable.
    """

    language: str

    model_id: str

    accent: None | str | Unset = UNSET

    locale: None | str | Unset = UNSET

    preview_url: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "language",
        "model_id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        language = self.language

        model_id = self.model_id

        accent: Any
        try:
            accent = self.accent

        except (AttributeError, TypeError):
            accent = self.accent

        locale: Any
        try:
            locale = self.locale

        except (AttributeError, TypeError):
            locale = self.locale

        preview_url: Any
        try:
            preview_url = self.preview_url

        except (AttributeError, TypeError):
            preview_url = self.preview_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if language is not None or "language" not in self._missing_fields:
            field_dict["language"] = language
        if model_id is not None or "model_id" not in self._missing_fields:
            field_dict["model_id"] = model_id
        if accent is not UNSET:
            field_dict["accent"] = accent
        if locale is not UNSET:
            field_dict["locale"] = locale
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        verified_voice_language_response_model = cls.__new__(cls)
        verified_voice_language_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return verified_voice_language_response_model

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


_read_language = plain_reader("language", (str,), "a string", True)

_read_model_id = plain_reader("model_id", (str,), "a string", True)

_read_accent = plain_reader(
    "accent",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_locale = plain_reader(
    "locale",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_preview_url = plain_reader(
    "preview_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "language",
        "model_id",
        "accent",
        "locale",
        "preview_url",
    )
)


def _read_additional_properties(cls: type[VerifiedVoiceLanguageResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[VerifiedVoiceLanguageResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    language = d.get("language", MISSING)
    if language.__class__ is not str:
        language = _read_language(cls, d)

    model_id = d.get("model_id", MISSING)
    if model_id.__class__ is not str:
        model_id = _read_model_id(cls, d)

    accent = d.get("accent", UNSET)
    if accent.__class__ is not str and accent is not None and accent is not UNSET:
        accent = _read_accent(cls, d)

    locale = d.get("locale", UNSET)
    if locale.__class__ is not str and locale is not None and locale is not UNSET:
        locale = _read_locale(cls, d)

    preview_url = d.get("preview_url", UNSET)
    if preview_url.__class__ is not str and preview_url is not None and preview_url is not UNSET:
        preview_url = _read_preview_url(cls, d)

    return {
        "language": language,
        "model_id": model_id,
        "accent": accent,
        "locale": locale,
        "preview_url": preview_url,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    VerifiedVoiceLanguageResponseModel,
    _all_fields,
    {
        "language": _read_language,
        "model_id": _read_model_id,
        "accent": _read_accent,
        "locale": _read_locale,
        "preview_url": _read_preview_url,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
