from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="TTSConversationalConfigOverrideConfig")


@_attrs_define
class TTSConversationalConfigOverrideConfig:
    """Attributes:
    model_id (bool | Unset): Whether to allow overriding the model_id field. Default: False.
    voice_id (bool | Unset): Whether to allow overriding the voice_id field. Default: False.
    stability (bool | Unset): Whether to allow overriding the stability field. Default: False.
    speed (bool | Unset): Whether to allow overriding the speed field. Default: False.
    similarity_boost (bool | Unset): Whether to allow overriding the similarity_boost field. Default: False.
    pronunciation_dictionary_locators (bool | Unset): Whether to allow overriding the
        pronunciation_dictionary_locators field. Default: False.
    """

    model_id: bool | Unset = False

    voice_id: bool | Unset = False

    stability: bool | Unset = False

    speed: bool | Unset = False

    similarity_boost: bool | Unset = False

    pronunciation_dictionary_locators: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        model_id = d.pop("model_id", UNSET)
        if model_id.__class__ is not bool and model_id is not UNSET:
            model_id = unexpected_type(cls, "model_id", model_id, "a boolean")

        voice_id = d.pop("voice_id", UNSET)
        if voice_id.__class__ is not bool and voice_id is not UNSET:
            voice_id = unexpected_type(cls, "voice_id", voice_id, "a boolean")

        stability = d.pop("stability", UNSET)
        if stability.__class__ is not bool and stability is not UNSET:
            stability = unexpected_type(cls, "stability", stability, "a boolean")

        speed = d.pop("speed", UNSET)
        if speed.__class__ is not bool and speed is not UNSET:
            speed = unexpected_type(cls, "speed", speed, "a boolean")

        similarity_boost = d.pop("similarity_boost", UNSET)
        if similarity_boost.__class__ is not bool and similarity_boost is not UNSET:
            similarity_boost = unexpected_type(cls, "similarity_boost", similarity_boost, "a boolean")

        pronunciation_dictionary_locators = d.pop("pronunciation_dictionary_locators", UNSET)
        if pronunciation_dictionary_locators.__class__ is not bool and pronunciation_dictionary_locators is not UNSET:
            pronunciation_dictionary_locators = unexpected_type(
                cls, "pronunciation_dictionary_locators", pronunciation_dictionary_locators, "a boolean"
            )

        tts_conversational_config_override_config = cls(
            model_id=model_id,
            voice_id=voice_id,
            stability=stability,
            speed=speed,
            similarity_boost=similarity_boost,
            pronunciation_dictionary_locators=pronunciation_dictionary_locators,
        )
        tts_conversational_config_override_config.additional_properties = d
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
