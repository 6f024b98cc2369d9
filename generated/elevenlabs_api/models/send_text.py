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

T = TypeVar("T", bound="SendText")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SendText(Lazy):
    """Attributes:
    text (str): The text to be sent to the API for audio generation. Should always end with a single space string.
    try_trigger_generation (bool | Unset): This is an advanced setting that most users shouldn't need to use. It
        relates to our generation schedule.

        Use this to attempt to immediately trigger the generation of audio, overriding the `chunk_length_schedule`.
        Unlike flush, `try_trigger_generation` will only generate audio if our
        buffer contains more than a minimum
        threshold of characters, this is to ensure a higher quality response from our model.

        Note that overriding the chunk schedule to generate small amounts of
        text may result in lower quality audio, therefore, only use this parameter if you
        really need text to be processed immediately. We generally recommend keeping the default value of
        `false` and adjusting the `chunk_length_schedule` in the `generation_config` instead. Defaults to False on the
        server.
    voice_settings (RealtimeVoiceSettings | Unset):
    generator_config (GenerationConfig | Unset):
    flush (bool | Unset): Flush forces the generation of audio. Set this value to true when you have finished
        sending text, but want to keep the websocket connection open.

        This is useful when you want to ensure that the last chunk of audio is generated even when the length of text
        sent is smaller than the value set in chunk_length_schedule (e.g. 120 or 50). Defaults to False on the server.
    """

    text: str

    try_trigger_generation: bool | Unset = UNSET

    voice_settings: RealtimeVoiceSettings | Unset = UNSET

    generator_config: GenerationConfig | Unset = UNSET

    flush: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("text",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        text = self.text

        try_trigger_generation = self.try_trigger_generation

        voice_settings: Any
        try:
            voice_settings = UNSET
            if not isinstance(self.voice_settings, Unset):
                voice_settings = self.voice_settings.to_dict()
        except (AttributeError, TypeError):
            voice_settings = self.voice_settings

        generator_config: Any
        try:
            generator_config = UNSET
            if not isinstance(self.generator_config, Unset):
                generator_config = self.generator_config.to_dict()
        except (AttributeError, TypeError):
            generator_config = self.generator_config

        flush = self.flush

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if try_trigger_generation is not UNSET:
            field_dict["try_trigger_generation"] = try_trigger_generation
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        if generator_config is not UNSET:
            field_dict["generator_config"] = generator_config
        if flush is not UNSET:
            field_dict["flush"] = flush
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        send_text = cls.__new__(cls)
        send_text.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return send_text

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

_read_try_trigger_generation = plain_reader("try_trigger_generation", (bool,), "a boolean", False)


def _read_voice_settings(cls: type[SendText], d: Mapping[str, Any]) -> Any:
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


def _read_generator_config(cls: type[SendText], d: Mapping[str, Any]) -> Any:
    generator_config_raw = d.get("generator_config", UNSET)
    try:
        _generator_config = generator_config_raw
        generator_config: GenerationConfig | Unset
        if isinstance(_generator_config, Unset):
            generator_config = UNSET
        else:
            generator_config = GenerationConfig.from_dict(_generator_config)
    except (KeyError, TypeError, ValueError, AttributeError):
        generator_config = deviating_field(cls, "generator_config", generator_config_raw)

    return generator_config


_read_flush = plain_reader("flush", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "text",
        "try_trigger_generation",
        "voice_settings",
        "generator_config",
        "flush",
    )
)


def _read_additional_properties(cls: type[SendText], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SendText], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    text = d.get("text", MISSING)
    if text.__class__ is not str:
        text = _read_text(cls, d)

    try_trigger_generation = d.get("try_trigger_generation", UNSET)
    if try_trigger_generation.__class__ is not bool and try_trigger_generation is not UNSET:
        try_trigger_generation = _read_try_trigger_generation(cls, d)

    if "voice_settings" in known:
        voice_settings = known["voice_settings"]
    else:
        voice_settings = d.get("voice_settings", UNSET)
        if voice_settings is not UNSET:
            voice_settings = _read_voice_settings(cls, d)

    if "generator_config" in known:
        generator_config = known["generator_config"]
    else:
        generator_config = d.get("generator_config", UNSET)
        if generator_config is not UNSET:
            generator_config = _read_generator_config(cls, d)

    flush = d.get("flush", UNSET)
    if flush.__class__ is not bool and flush is not UNSET:
        flush = _read_flush(cls, d)

    return {
        "text": text,
        "try_trigger_generation": try_trigger_generation,
        "voice_settings": voice_settings,
        "generator_config": generator_config,
        "flush": flush,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SendText,
    _all_fields,
    {
        "text": _read_text,
        "try_trigger_generation": _read_try_trigger_generation,
        "voice_settings": _read_voice_settings,
        "generator_config": _read_generator_config,
        "flush": _read_flush,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_config import GenerationConfig
from ..models.realtime_voice_settings import RealtimeVoiceSettings
