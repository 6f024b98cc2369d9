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
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="TtsConversationalConfigOverrideConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TtsConversationalConfigOverrideConfig(Lazy):
    """Attributes:
    model_id (bool | Unset): Whether to allow overriding the model_id field. Defaults to False on the server.
    voice_id (bool | Unset): Whether to allow overriding the voice_id field. Defaults to False on the server.
    stability (bool | Unset): Whether to allow overriding the stability field. Defaults to False on the server.
    speed (bool | Unset): Whether to allow overriding the speed field. Defaults to False on the server.
    similarity_boost (bool | Unset): Whether to allow overriding the similarity_boost field. Defaults to False on
        the server.
    pronunciation_dictionary_locators (bool | Unset): Whether to allow overriding the
        pronunciation_dictionary_locators field. Defaults to False on the server.
    """

    model_id: bool | Unset = UNSET

    voice_id: bool | Unset = UNSET

    stability: bool | Unset = UNSET

    speed: bool | Unset = UNSET

    similarity_boost: bool | Unset = UNSET

    pronunciation_dictionary_locators: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        model_id = self.model_id

        voice_id = self.voice_id

        stability = self.stability

        speed = self.speed

        similarity_boost = self.similarity_boost

        pronunciation_dictionary_locators = self.pronunciation_dictionary_locators

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if stability is not UNSET:
            field_dict["stability"] = stability
        if speed is not UNSET:
            field_dict["speed"] = speed
        if similarity_boost is not UNSET:
            field_dict["similarity_boost"] = similarity_boost
        if pronunciation_dictionary_locators is not UNSET:
            field_dict["pronunciation_dictionary_locators"] = pronunciation_dictionary_locators
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        tts_conversational_config_override_config = cls.__new__(cls)
        tts_conversational_config_override_config.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return tts_conversational_config_override_config

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


_read_model_id = plain_reader("model_id", (bool,), "a boolean", False)

_read_voice_id = plain_reader("voice_id", (bool,), "a boolean", False)

_read_stability = plain_reader("stability", (bool,), "a boolean", False)

_read_speed = plain_reader("speed", (bool,), "a boolean", False)

_read_similarity_boost = plain_reader("similarity_boost", (bool,), "a boolean", False)

_read_pronunciation_dictionary_locators = plain_reader("pronunciation_dictionary_locators", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "model_id",
        "voice_id",
        "stability",
        "speed",
        "similarity_boost",
        "pronunciation_dictionary_locators",
    )
)


def _read_additional_properties(
    cls: type[TtsConversationalConfigOverrideConfig], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[TtsConversationalConfigOverrideConfig], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    model_id = d.get("model_id", UNSET)
    if model_id.__class__ is not bool and model_id is not UNSET:
        model_id = _read_model_id(cls, d)

    voice_id = d.get("voice_id", UNSET)
    if voice_id.__class__ is not bool and voice_id is not UNSET:
        voice_id = _read_voice_id(cls, d)

    stability = d.get("stability", UNSET)
    if stability.__class__ is not bool and stability is not UNSET:
        stability = _read_stability(cls, d)

    speed = d.get("speed", UNSET)
    if speed.__class__ is not bool and speed is not UNSET:
        speed = _read_speed(cls, d)

    similarity_boost = d.get("similarity_boost", UNSET)
    if similarity_boost.__class__ is not bool and similarity_boost is not UNSET:
        similarity_boost = _read_similarity_boost(cls, d)

    pronunciation_dictionary_locators = d.get("pronunciation_dictionary_locators", UNSET)
    if pronunciation_dictionary_locators.__class__ is not bool and pronunciation_dictionary_locators is not UNSET:
        pronunciation_dictionary_locators = _read_pronunciation_dictionary_locators(cls, d)

    return {
        "model_id": model_id,
        "voice_id": voice_id,
        "stability": stability,
        "speed": speed,
        "similarity_boost": similarity_boost,
        "pronunciation_dictionary_locators": pronunciation_dictionary_locators,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    TtsConversationalConfigOverrideConfig,
    _all_fields,
    {
        "model_id": _read_model_id,
        "voice_id": _read_voice_id,
        "stability": _read_stability,
        "speed": _read_speed,
        "similarity_boost": _read_similarity_boost,
        "pronunciation_dictionary_locators": _read_pronunciation_dictionary_locators,
        "additional_properties": _read_additional_properties,
    },
)
