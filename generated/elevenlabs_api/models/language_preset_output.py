from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="LanguagePresetOutput")


@_attrs_define
class LanguagePresetOutput:
    """Attributes:
    overrides (ConversationConfigClientOverrideOutput):
    first_message_translation (LanguagePresetTranslation | None | Unset): The translation of the first message
    soft_timeout_translation (LanguagePresetTranslation | None | Unset): The translation of the soft timeout message
    """

    overrides: ConversationConfigClientOverrideOutput

    first_message_translation: LanguagePresetTranslation | None | Unset = UNSET

    soft_timeout_translation: LanguagePresetTranslation | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        overrides: Any
        try:
            overrides = self.overrides.to_dict()
        except (AttributeError, TypeError):
            overrides = self.overrides

        first_message_translation: Any
        try:
            if isinstance(self.first_message_translation, Unset):
                first_message_translation = UNSET
            elif isinstance(self.first_message_translation, LanguagePresetTranslation):
                first_message_translation = self.first_message_translation.to_dict()
            else:
                first_message_translation = self.first_message_translation

        except (AttributeError, TypeError):
            first_message_translation = self.first_message_translation

        soft_timeout_translation: Any
        try:
            if isinstance(self.soft_timeout_translation, Unset):
                soft_timeout_translation = UNSET
            elif isinstance(self.soft_timeout_translation, LanguagePresetTranslation):
                soft_timeout_translation = self.soft_timeout_translation.to_dict()
            else:
                soft_timeout_translation = self.soft_timeout_translation

        except (AttributeError, TypeError):
            soft_timeout_translation = self.soft_timeout_translation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if overrides is not None or "overrides" not in self._missing_fields:
            field_dict["overrides"] = overrides
        if first_message_translation is not UNSET:
            field_dict["first_message_translation"] = first_message_translation
        if soft_timeout_translation is not UNSET:
            field_dict["soft_timeout_translation"] = soft_timeout_translation
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        overrides_raw = d.pop("overrides", MISSING)
        if overrides_raw is MISSING:
            overrides = missing_field(cls, "overrides")
            _missing += ("overrides",)
        else:
            try:
                overrides = ConversationConfigClientOverrideOutput.from_dict(overrides_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                overrides = deviating_field(cls, "overrides", overrides_raw)

        first_message_translation_raw = d.pop("first_message_translation", UNSET)
        try:

            def _parse_first_message_translation(data: object) -> LanguagePresetTranslation | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                first_message_translation_type_0 = LanguagePresetTranslation.from_dict(data)

                return first_message_translation_type_0

            first_message_translation = _parse_first_message_translation(first_message_translation_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            first_message_translation = deviating_field(cls, "first_message_translation", first_message_translation_raw)

        soft_timeout_translation_raw = d.pop("soft_timeout_translation", UNSET)
        try:

            def _parse_soft_timeout_translation(data: object) -> LanguagePresetTranslation | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                soft_timeout_translation_type_0 = LanguagePresetTranslation.from_dict(data)

                return soft_timeout_translation_type_0

            soft_timeout_translation = _parse_soft_timeout_translation(soft_timeout_translation_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            soft_timeout_translation = deviating_field(cls, "soft_timeout_translation", soft_timeout_translation_raw)

        language_preset_output = cls(
            overrides=overrides,
            first_message_translation=first_message_translation,
            soft_timeout_translation=soft_timeout_translation,
        )
        if _missing:
            language_preset_output._missing_fields = _missing
        language_preset_output.additional_properties = d
        return language_preset_output

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_config_client_override_output import ConversationConfigClientOverrideOutput
from ..models.language_preset_translation import LanguagePresetTranslation
