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

T = TypeVar("T", bound="VerifiedVoiceLanguageResponseModel")


@_attrs_define
class VerifiedVoiceLanguageResponseModel:
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        language = d.pop("language", MISSING)
        if language.__class__ is not str:
            if language is MISSING:
                language = missing_field(cls, "language")
                _missing += ("language",)
            else:
                language = unexpected_type(cls, "language", language, "a string")

        model_id = d.pop("model_id", MISSING)
        if model_id.__class__ is not str:
            if model_id is MISSING:
                model_id = missing_field(cls, "model_id")
                _missing += ("model_id",)
            else:
                model_id = unexpected_type(cls, "model_id", model_id, "a string")

        accent = d.pop("accent", UNSET)
        if accent.__class__ is not str and accent is not None and accent is not UNSET:
            accent = unexpected_type(cls, "accent", accent, "a string or null")

        locale = d.pop("locale", UNSET)
        if locale.__class__ is not str and locale is not None and locale is not UNSET:
            locale = unexpected_type(cls, "locale", locale, "a string or null")

        preview_url = d.pop("preview_url", UNSET)
        if preview_url.__class__ is not str and preview_url is not None and preview_url is not UNSET:
            preview_url = unexpected_type(cls, "preview_url", preview_url, "a string or null")

        verified_voice_language_response_model = cls(
            language=language,
            model_id=model_id,
            accent=accent,
            locale=locale,
            preview_url=preview_url,
        )
        if _missing:
            verified_voice_language_response_model._missing_fields = _missing
        verified_voice_language_response_model.additional_properties = d
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
