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
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="LanguagePresetInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class LanguagePresetInput(Lazy):
    """Attributes:
    overrides (ConversationConfigClientOverrideInput):  Example: {'agent': {'first_message': 'Hello, how can I help
        you today?', 'language': 'en', 'prompt': {'knowledge_base': [], 'llm': 'gemini-2.0-flash-001', 'prompt': 'You
        are a helpful assistant that can answer questions about the topic of the conversation.', 'tool_ids': []}},
        'asr': {'keywords': ['hello', 'world']}, 'conversation': {'max_duration_seconds': 600}, 'tts': {'model_id':
        'eleven_turbo_v2', 'pronunciation_dictionary_locators': [], 'similarity_boost': 0.8, 'speed': 1.0, 'stability':
        0.5, 'voice_id': 'cjVigY5qzO86Huf0OWal'}, 'turn': {'soft_timeout_config': {'message': 'Hhmmmm...yeah.'}}}.
    first_message_translation (LanguagePresetTranslation | None | Unset): The translation of the first message
    soft_timeout_translation (LanguagePresetTranslation | None | Unset): The translation of the soft timeout message
    """

    overrides: ConversationConfigClientOverrideInput

    first_message_translation: LanguagePresetTranslation | None | Unset = UNSET

    soft_timeout_translation: LanguagePresetTranslation | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("overrides",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        language_preset_input = cls.__new__(cls)
        language_preset_input.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return language_preset_input

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


def _read_overrides(cls: type[LanguagePresetInput], d: Mapping[str, Any]) -> Any:
    overrides_raw = d.get("overrides", MISSING)
    if overrides_raw is MISSING:
        overrides = missing_field(cls, "overrides")
    else:
        try:
            overrides = ConversationConfigClientOverrideInput.from_dict(overrides_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            overrides = deviating_field(cls, "overrides", overrides_raw)

    return overrides


def _read_first_message_translation(cls: type[LanguagePresetInput], d: Mapping[str, Any]) -> Any:
    first_message_translation_raw = d.get("first_message_translation", UNSET)
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

    return first_message_translation


def _read_soft_timeout_translation(cls: type[LanguagePresetInput], d: Mapping[str, Any]) -> Any:
    soft_timeout_translation_raw = d.get("soft_timeout_translation", UNSET)
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

    return soft_timeout_translation


_FIELDS: frozenset[str] = frozenset(
    (
        "overrides",
        "first_message_translation",
        "soft_timeout_translation",
    )
)


def _read_additional_properties(cls: type[LanguagePresetInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[LanguagePresetInput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "overrides" in known:
        overrides = known["overrides"]
    else:
        overrides = _read_overrides(cls, d)

    if "first_message_translation" in known:
        first_message_translation = known["first_message_translation"]
    else:
        first_message_translation = d.get("first_message_translation", UNSET)
        if first_message_translation is not UNSET and first_message_translation is not None:
            first_message_translation = _read_first_message_translation(cls, d)

    if "soft_timeout_translation" in known:
        soft_timeout_translation = known["soft_timeout_translation"]
    else:
        soft_timeout_translation = d.get("soft_timeout_translation", UNSET)
        if soft_timeout_translation is not UNSET and soft_timeout_translation is not None:
            soft_timeout_translation = _read_soft_timeout_translation(cls, d)

    return {
        "overrides": overrides,
        "first_message_translation": first_message_translation,
        "soft_timeout_translation": soft_timeout_translation,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    LanguagePresetInput,
    _all_fields,
    {
        "overrides": _read_overrides,
        "first_message_translation": _read_first_message_translation,
        "soft_timeout_translation": _read_soft_timeout_translation,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_config_client_override_input import ConversationConfigClientOverrideInput
from ..models.language_preset_translation import LanguagePresetTranslation
