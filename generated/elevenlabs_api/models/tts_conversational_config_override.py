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

T = TypeVar("T", bound="TtsConversationalConfigOverride")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TtsConversationalConfigOverride(Lazy):
    """Attributes:
    voice_id (None | str | Unset): The voice ID to use for TTS
    stability (float | None | Unset): The stability of generated speech
    speed (float | None | Unset): The speed of generated speech
    similarity_boost (float | None | Unset): The similarity boost for generated speech
    """

    voice_id: None | str | Unset = UNSET

    stability: float | None | Unset = UNSET

    speed: float | None | Unset = UNSET

    similarity_boost: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        voice_id: Any
        try:
            voice_id = self.voice_id

        except (AttributeError, TypeError):
            voice_id = self.voice_id

        stability: Any
        try:
            stability = self.stability

        except (AttributeError, TypeError):
            stability = self.stability

        speed: Any
        try:
            speed = self.speed

        except (AttributeError, TypeError):
            speed = self.speed

        similarity_boost: Any
        try:
            similarity_boost = self.similarity_boost

        except (AttributeError, TypeError):
            similarity_boost = self.similarity_boost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if stability is not UNSET:
            field_dict["stability"] = stability
        if speed is not UNSET:
            field_dict["speed"] = speed
        if similarity_boost is not UNSET:
            field_dict["similarity_boost"] = similarity_boost
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        tts_conversational_config_override = cls.__new__(cls)
        tts_conversational_config_override.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return tts_conversational_config_override

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


_read_voice_id = plain_reader(
    "voice_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_stability = plain_reader(
    "stability",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_speed = plain_reader(
    "speed",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_similarity_boost = plain_reader(
    "similarity_boost",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "voice_id",
        "stability",
        "speed",
        "similarity_boost",
    )
)


def _read_additional_properties(cls: type[TtsConversationalConfigOverride], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[TtsConversationalConfigOverride], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    voice_id = d.get("voice_id", UNSET)
    if voice_id.__class__ is not str and voice_id is not None and voice_id is not UNSET:
        voice_id = _read_voice_id(cls, d)

    stability = d.get("stability", UNSET)
    if (
        stability.__class__ is not float
        and stability.__class__ is not int
        and stability is not None
        and stability is not UNSET
    ):
        stability = _read_stability(cls, d)

    speed = d.get("speed", UNSET)
    if speed.__class__ is not float and speed.__class__ is not int and speed is not None and speed is not UNSET:
        speed = _read_speed(cls, d)

    similarity_boost = d.get("similarity_boost", UNSET)
    if (
        similarity_boost.__class__ is not float
        and similarity_boost.__class__ is not int
        and similarity_boost is not None
        and similarity_boost is not UNSET
    ):
        similarity_boost = _read_similarity_boost(cls, d)

    return {
        "voice_id": voice_id,
        "stability": stability,
        "speed": speed,
        "similarity_boost": similarity_boost,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    TtsConversationalConfigOverride,
    _all_fields,
    {
        "voice_id": _read_voice_id,
        "stability": _read_stability,
        "speed": _read_speed,
        "similarity_boost": _read_similarity_boost,
        "additional_properties": _read_additional_properties,
    },
)
