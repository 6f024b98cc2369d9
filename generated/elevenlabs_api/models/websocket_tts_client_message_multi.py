from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WebsocketTtsClientMessageMulti")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WebsocketTtsClientMessageMulti(Lazy):
    """Message sent from the client to the multi-context TTS WebSocket.

    Attributes:
        text (None | str | Unset): Text to be synthesized.
            For the first message establishing a new context (identified by `context_id`, or a default context if
            `context_id` is absent), this should be a single space character (' ').
            For subsequent messages to an active context, this is the text to synthesize.
            This field can be null or an empty string if the message is primarily for control (e.g., using `flush`,
            `close_context`, or `close_socket`).
        voice_settings (RealtimeVoiceSettings | Unset):
        generation_config (GenerationConfig | Unset):
        xi_api_key (str | Unset): Your ElevenLabs API key. Can only be provided in the first message for a given
            context_id if not present in the header.
        authorization (str | Unset): Your authorization bearer token. Can only be provided in the first message for a
            given context_id if not present in the header.
        flush (bool | Unset): If true, flushes the audio buffer and returns the remaining audio for the specified
            `context_id`. Defaults to False on the server.
        pronunciation_dictionary_locators (list[PronunciationDictionaryLocator] | Unset): Optional list of pronunciation
            dictionary locators. Can only be provided in the first message for a given context_id.
        context_id (None | str | Unset): An identifier for the text-to-speech context. Allows managing multiple
            independent audio generation streams over a single WebSocket connection. If omitted, a default context is used.
        close_context (bool | Unset): If true, closes the specified `contextId`. No further audio will be generated for
            this context. The `text` field is ignored. Defaults to False on the server.
        close_socket (bool | Unset): If true, flushes all contexts and closes the entire WebSocket connection. The
            `text` and `contextId` fields are ignored. Defaults to False on the server.
    """

    text: None | str | Unset = UNSET

    voice_settings: RealtimeVoiceSettings | Unset = UNSET

    generation_config: GenerationConfig | Unset = UNSET

    xi_api_key: str | Unset = UNSET

    authorization: str | Unset = UNSET

    flush: bool | Unset = UNSET

    pronunciation_dictionary_locators: list[PronunciationDictionaryLocator] | Unset = UNSET

    context_id: None | str | Unset = UNSET

    close_context: bool | Unset = UNSET

    close_socket: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        text: Any
        try:
            text = self.text

        except (AttributeError, TypeError):
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

        xi_api_key = self.xi_api_key

        authorization = self.authorization

        flush = self.flush

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

        context_id: Any
        try:
            context_id = self.context_id

        except (AttributeError, TypeError):
            context_id = self.context_id

        close_context = self.close_context

        close_socket = self.close_socket

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not UNSET:
            field_dict["text"] = text
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        if generation_config is not UNSET:
            field_dict["generation_config"] = generation_config
        if xi_api_key is not UNSET:
            field_dict["xi-api-key"] = xi_api_key
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if flush is not UNSET:
            field_dict["flush"] = flush
        if pronunciation_dictionary_locators is not UNSET:
            field_dict["pronunciation_dictionary_locators"] = pronunciation_dictionary_locators
        if context_id is not UNSET:
            field_dict["contextId"] = context_id
        if close_context is not UNSET:
            field_dict["close_context"] = close_context
        if close_socket is not UNSET:
            field_dict["close_socket"] = close_socket
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        websocket_tts_client_message_multi = cls.__new__(cls)
        websocket_tts_client_message_multi.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return websocket_tts_client_message_multi

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


_read_text = plain_reader(
    "text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_voice_settings(cls: type[WebsocketTtsClientMessageMulti], d: Mapping[str, Any]) -> Any:
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


def _read_generation_config(cls: type[WebsocketTtsClientMessageMulti], d: Mapping[str, Any]) -> Any:
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


_read_xi_api_key = plain_reader("xi-api-key", (str,), "a string", False)

_read_authorization = plain_reader("authorization", (str,), "a string", False)

_read_flush = plain_reader("flush", (bool,), "a boolean", False)


def _read_pronunciation_dictionary_locators(cls: type[WebsocketTtsClientMessageMulti], d: Mapping[str, Any]) -> Any:
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


_read_context_id = plain_reader(
    "contextId",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_close_context = plain_reader("close_context", (bool,), "a boolean", False)

_read_close_socket = plain_reader("close_socket", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "text",
        "voice_settings",
        "generation_config",
        "xi-api-key",
        "authorization",
        "flush",
        "pronunciation_dictionary_locators",
        "contextId",
        "close_context",
        "close_socket",
    )
)


def _read_additional_properties(cls: type[WebsocketTtsClientMessageMulti], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WebsocketTtsClientMessageMulti], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    text = d.get("text", UNSET)
    if text.__class__ is not str and text is not None and text is not UNSET:
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

    xi_api_key = d.get("xi-api-key", UNSET)
    if xi_api_key.__class__ is not str and xi_api_key is not UNSET:
        xi_api_key = _read_xi_api_key(cls, d)

    authorization = d.get("authorization", UNSET)
    if authorization.__class__ is not str and authorization is not UNSET:
        authorization = _read_authorization(cls, d)

    flush = d.get("flush", UNSET)
    if flush.__class__ is not bool and flush is not UNSET:
        flush = _read_flush(cls, d)

    if "pronunciation_dictionary_locators" in known:
        pronunciation_dictionary_locators = known["pronunciation_dictionary_locators"]
    else:
        pronunciation_dictionary_locators = d.get("pronunciation_dictionary_locators", UNSET)
        if pronunciation_dictionary_locators is not UNSET:
            pronunciation_dictionary_locators = _read_pronunciation_dictionary_locators(cls, d)

    context_id = d.get("contextId", UNSET)
    if context_id.__class__ is not str and context_id is not None and context_id is not UNSET:
        context_id = _read_context_id(cls, d)

    close_context = d.get("close_context", UNSET)
    if close_context.__class__ is not bool and close_context is not UNSET:
        close_context = _read_close_context(cls, d)

    close_socket = d.get("close_socket", UNSET)
    if close_socket.__class__ is not bool and close_socket is not UNSET:
        close_socket = _read_close_socket(cls, d)

    return {
        "text": text,
        "voice_settings": voice_settings,
        "generation_config": generation_config,
        "xi_api_key": xi_api_key,
        "authorization": authorization,
        "flush": flush,
        "pronunciation_dictionary_locators": pronunciation_dictionary_locators,
        "context_id": context_id,
        "close_context": close_context,
        "close_socket": close_socket,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    WebsocketTtsClientMessageMulti,
    _all_fields,
    {
        "text": _read_text,
        "voice_settings": _read_voice_settings,
        "generation_config": _read_generation_config,
        "xi_api_key": _read_xi_api_key,
        "authorization": _read_authorization,
        "flush": _read_flush,
        "pronunciation_dictionary_locators": _read_pronunciation_dictionary_locators,
        "context_id": _read_context_id,
        "close_context": _read_close_context,
        "close_socket": _read_close_socket,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_config import GenerationConfig
from ..models.pronunciation_dictionary_locator import PronunciationDictionaryLocator
from ..models.realtime_voice_settings import RealtimeVoiceSettings
