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
    expect_array,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="InitialiseContext")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class InitialiseContext(Lazy):
    """Payload to initialize or re-initialize a TTS context with specific settings and initial text for multi-stream
    connections.

    Attributes:
        text (str): The initial text to synthesize. Should end with a single space.
        voice_settings (RealtimeVoiceSettings | Unset):
        generation_config (GenerationConfig | Unset):
        pronunciation_dictionary_locators (list[PronunciationDictionaryLocator] | Unset): Optional list of pronunciation
            dictionary locators to be used for this context.
        xi_api_key (str | Unset): Your ElevenLabs API key. Required if not provided in the WebSocket connection's header
            or query parameters. This applies to the (re)initialization of this specific context.
        authorization (str | Unset): Your authorization bearer token. Required if not provided in the WebSocket
            connection's header or query parameters. This applies to the (re)initialization of this specific context.
        context_id (str | Unset): An identifier for the text-to-speech context. If omitted, a default context ID may be
            assigned by the server. If provided, this message will create a new context with this ID or re-initialize an
            existing one with the new settings and text.
    """

    text: str

    voice_settings: RealtimeVoiceSettings | Unset = UNSET

    generation_config: GenerationConfig | Unset = UNSET

    pronunciation_dictionary_locators: list[PronunciationDictionaryLocator] | Unset = UNSET

    xi_api_key: str | Unset = UNSET

    authorization: str | Unset = UNSET

    context_id: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("text",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        text = self.text

        voice_settings: Any
        try:
            voice_settings = UNSET
            if not isinstance(self.voice_settings, Unset):
                voice_settings = self.voice_settings.to_dict()
        except (AttributeError, TypeError):
            voice_settings = self.voice_settings

        generation_config: Any
        try:
            generation_config = UNSET
            if not isinstance(self.generation_config, Unset):
                generation_config = self.generation_config.to_dict()
        except (AttributeError, TypeError):
            generation_config = self.generation_config

        pronunciation_dictionary_locators: Any
        try:
            pronunciation_dictionary_locators = UNSET
            if not isinstance(self.pronunciation_dictionary_locators, Unset):
                pronunciation_dictionary_locators = []
                for pronunciation_dictionary_locators_item_data in self.pronunciation_dictionary_locators:
                    pronunciation_dictionary_locators_item = pronunciation_dictionary_locators_item_data.to_dict()
                    pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)

        except (AttributeError, TypeError):
            pronunciation_dictionary_locators = self.pronunciation_dictionary_locators

        xi_api_key = self.xi_api_key

        authorization = self.authorization

        context_id = self.context_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        if generation_config is not UNSET:
            field_dict["generation_config"] = generation_config
        if pronunciation_dictionary_locators is not UNSET:
            field_dict["pronunciation_dictionary_locators"] = pronunciation_dictionary_locators
        if xi_api_key is not UNSET:
            field_dict["xi_api_key"] = xi_api_key
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if context_id is not UNSET:
            field_dict["context_id"] = context_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        initialise_context = cls.__new__(cls)
        initialise_context.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return initialise_context

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


_read_text = plain_reader("text", (str,), "a string", True)


def _read_voice_settings(cls: type[InitialiseContext], d: Mapping[str, Any]) -> Any:
    voice_settings_raw = d.get("voice_settings", UNSET)
    try:
        _voice_settings = voice_settings_raw
        voice_settings: RealtimeVoiceSettings | Unset
        if isinstance(_voice_settings, Unset):
            voice_settings = UNSET
        else:
            voice_settings = RealtimeVoiceSettings.from_dict(_voice_settings)
    except (KeyError, TypeError, ValueError, AttributeError):
        voice_settings = deviating_field(cls, "voice_settings", voice_settings_raw)

    return voice_settings


def _read_generation_config(cls: type[InitialiseContext], d: Mapping[str, Any]) -> Any:
    generation_config_raw = d.get("generation_config", UNSET)
    try:
        _generation_config = generation_config_raw
        generation_config: GenerationConfig | Unset
        if isinstance(_generation_config, Unset):
            generation_config = UNSET
        else:
            generation_config = GenerationConfig.from_dict(_generation_config)
    except (KeyError, TypeError, ValueError, AttributeError):
        generation_config = deviating_field(cls, "generation_config", generation_config_raw)

    return generation_config


def _read_pronunciation_dictionary_locators(cls: type[InitialiseContext], d: Mapping[str, Any]) -> Any:
    pronunciation_dictionary_locators_raw = d.get("pronunciation_dictionary_locators", UNSET)
    try:
        expect_array("pronunciation_dictionary_locators", pronunciation_dictionary_locators_raw)
        _pronunciation_dictionary_locators = pronunciation_dictionary_locators_raw
        pronunciation_dictionary_locators: list[PronunciationDictionaryLocator] | Unset = UNSET
        if _pronunciation_dictionary_locators is not UNSET:
            pronunciation_dictionary_locators = []
            for pronunciation_dictionary_locators_item_data in _pronunciation_dictionary_locators:
                pronunciation_dictionary_locators_item = PronunciationDictionaryLocator.from_dict(
                    pronunciation_dictionary_locators_item_data
                )

                pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        pronunciation_dictionary_locators = deviating_field(
            cls, "pronunciation_dictionary_locators", pronunciation_dictionary_locators_raw
        )

    return pronunciation_dictionary_locators


_read_xi_api_key = plain_reader("xi_api_key", (str,), "a string", False)

_read_authorization = plain_reader("authorization", (str,), "a string", False)

_read_context_id = plain_reader("context_id", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "text",
        "voice_settings",
        "generation_config",
        "pronunciation_dictionary_locators",
        "xi_api_key",
        "authorization",
        "context_id",
    )
)


def _read_additional_properties(cls: type[InitialiseContext], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[InitialiseContext], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    text = d.get("text", MISSING)
    if text.__class__ is not str:
        text = _read_text(cls, d)

    if "voice_settings" in known:
        voice_settings = known["voice_settings"]
    else:
        voice_settings = d.get("voice_settings", UNSET)
        if voice_settings is not UNSET:
            voice_settings = _read_voice_settings(cls, d)

    if "generation_config" in known:
        generation_config = known["generation_config"]
    else:
        generation_config = d.get("generation_config", UNSET)
        if generation_config is not UNSET:
            generation_config = _read_generation_config(cls, d)

    if "pronunciation_dictionary_locators" in known:
        pronunciation_dictionary_locators = known["pronunciation_dictionary_locators"]
    else:
        pronunciation_dictionary_locators = d.get("pronunciation_dictionary_locators", UNSET)
        if pronunciation_dictionary_locators is not UNSET:
            pronunciation_dictionary_locators = _read_pronunciation_dictionary_locators(cls, d)

    xi_api_key = d.get("xi_api_key", UNSET)
    if xi_api_key.__class__ is not str and xi_api_key is not UNSET:
        xi_api_key = _read_xi_api_key(cls, d)

    authorization = d.get("authorization", UNSET)
    if authorization.__class__ is not str and authorization is not UNSET:
        authorization = _read_authorization(cls, d)

    context_id = d.get("context_id", UNSET)
    if context_id.__class__ is not str and context_id is not UNSET:
        context_id = _read_context_id(cls, d)

    return {
        "text": text,
        "voice_settings": voice_settings,
        "generation_config": generation_config,
        "pronunciation_dictionary_locators": pronunciation_dictionary_locators,
        "xi_api_key": xi_api_key,
        "authorization": authorization,
        "context_id": context_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    InitialiseContext,
    _all_fields,
    {
        "text": _read_text,
        "voice_settings": _read_voice_settings,
        "generation_config": _read_generation_config,
        "pronunciation_dictionary_locators": _read_pronunciation_dictionary_locators,
        "xi_api_key": _read_xi_api_key,
        "authorization": _read_authorization,
        "context_id": _read_context_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_config import GenerationConfig
from ..models.pronunciation_dictionary_locator import PronunciationDictionaryLocator
from ..models.realtime_voice_settings import RealtimeVoiceSettings
