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
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePost(Lazy):
    """Attributes:
    target_language (str): BCP-47 language tag to dub the project into (e.g. 'fr', 'es-MX'); must be a language the
        dubbing model supports. A region-qualified tag must be one of the supported dialects.
    voice_settings (None | Unset | VoiceSettingsModel): Voice settings applied to the whole language (e.g. cloning
        strength).
    translations (BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePostTranslationsType0 | None |
        Unset): Enterprise only. Optional translations to use instead of machine translation. A map from each source
        segment's external_id (or its id, if you supplied none) to the translated text; every source segment must be
        covered exactly once. At most 20000 entries, totalling at most 4 MiB of text.
    """

    target_language: str

    voice_settings: None | Unset | VoiceSettingsModel = UNSET

    translations: (
        BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePostTranslationsType0 | None | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("target_language",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        target_language = self.target_language

        voice_settings: Any
        try:
            if isinstance(self.voice_settings, Unset):
                voice_settings = UNSET
            elif isinstance(self.voice_settings, VoiceSettingsModel):
                voice_settings = self.voice_settings.to_dict()
            else:
                voice_settings = self.voice_settings

        except (AttributeError, TypeError):
            voice_settings = self.voice_settings

        translations: Any
        try:
            if isinstance(self.translations, Unset):
                translations = UNSET
            elif isinstance(
                self.translations, BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePostTranslationsType0
            ):
                translations = self.translations.to_dict()
            else:
                translations = self.translations

        except (AttributeError, TypeError):
            translations = self.translations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if target_language is not None or "target_language" not in self._missing_fields:
            field_dict["target_language"] = target_language
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        if translations is not UNSET:
            field_dict["translations"] = translations
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_create_dubbing_language_target_v1_dubbing_project_project_id_language_post = cls.__new__(cls)
        body_create_dubbing_language_target_v1_dubbing_project_project_id_language_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_create_dubbing_language_target_v1_dubbing_project_project_id_language_post

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


_read_target_language = plain_reader("target_language", (str,), "a string", True)


def _read_voice_settings(
    cls: type[BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePost], d: Mapping[str, Any]
) -> Any:
    voice_settings_raw = d.get("voice_settings", UNSET)
    try:

        def _parse_voice_settings(data: object) -> None | Unset | VoiceSettingsModel:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            voice_settings_type_0 = VoiceSettingsModel.from_dict(data)

            return voice_settings_type_0

        voice_settings = _parse_voice_settings(voice_settings_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        voice_settings = deviating_field(cls, "voice_settings", voice_settings_raw)

    return voice_settings


def _read_translations(
    cls: type[BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePost], d: Mapping[str, Any]
) -> Any:
    translations_raw = d.get("translations", UNSET)
    try:

        def _parse_translations(
            data: object,
        ) -> BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePostTranslationsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            translations_type_0 = (
                BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePostTranslationsType0.from_dict(data)
            )

            return translations_type_0

        translations = _parse_translations(translations_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        translations = deviating_field(cls, "translations", translations_raw)

    return translations


_FIELDS: frozenset[str] = frozenset(
    (
        "target_language",
        "voice_settings",
        "translations",
    )
)


def _read_additional_properties(
    cls: type[BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    target_language = d.get("target_language", MISSING)
    if target_language.__class__ is not str:
        target_language = _read_target_language(cls, d)

    if "voice_settings" in known:
        voice_settings = known["voice_settings"]
    else:
        voice_settings = d.get("voice_settings", UNSET)
        if voice_settings is not UNSET and voice_settings is not None:
            voice_settings = _read_voice_settings(cls, d)

    if "translations" in known:
        translations = known["translations"]
    else:
        translations = d.get("translations", UNSET)
        if translations is not UNSET and translations is not None:
            translations = _read_translations(cls, d)

    return {
        "target_language": target_language,
        "voice_settings": voice_settings,
        "translations": translations,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePost,
    _all_fields,
    {
        "target_language": _read_target_language,
        "voice_settings": _read_voice_settings,
        "translations": _read_translations,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.body_create_dubbing_language_target_v1_dubbing_project_project_id_language_post_translations_type_0 import (
    BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePostTranslationsType0,
)
from ..models.voice_settings_model import VoiceSettingsModel
