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

T = TypeVar("T", bound="RealtimeVoiceSettings")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class RealtimeVoiceSettings(Lazy):
    """Attributes:
    stability (float | Unset): Defines the stability for voice settings. Defaults to 0.5 on the server.
    similarity_boost (float | Unset): Defines the similarity boost for voice settings. Defaults to 0.75 on the
        server.
    style (float | Unset): Defines the style for voice settings. This parameter is available on V2+ models. Defaults
        to 0.0 on the server.
    use_speaker_boost (bool | Unset): Defines the use speaker boost for voice settings. This parameter is available
        on V2+ models. Defaults to True on the server.
    speed (float | Unset): Controls the speed of the generated speech. Values range from 0.7 to 1.2, with 1.0 being
        the default speed. Defaults to 1.0 on the server.
    """

    stability: float | Unset = UNSET

    similarity_boost: float | Unset = UNSET

    style: float | Unset = UNSET

    use_speaker_boost: bool | Unset = UNSET

    speed: float | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        stability = self.stability

        similarity_boost = self.similarity_boost

        style = self.style

        use_speaker_boost = self.use_speaker_boost

        speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if stability is not UNSET:
            field_dict["stability"] = stability
        if similarity_boost is not UNSET:
            field_dict["similarity_boost"] = similarity_boost
        if style is not UNSET:
            field_dict["style"] = style
        if use_speaker_boost is not UNSET:
            field_dict["use_speaker_boost"] = use_speaker_boost
        if speed is not UNSET:
            field_dict["speed"] = speed
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        realtime_voice_settings = cls.__new__(cls)
        realtime_voice_settings.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return realtime_voice_settings

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


_read_stability = plain_reader(
    "stability",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_similarity_boost = plain_reader(
    "similarity_boost",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_style = plain_reader(
    "style",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_use_speaker_boost = plain_reader("use_speaker_boost", (bool,), "a boolean", False)

_read_speed = plain_reader(
    "speed",
    (
        float,
        int,
    ),
    "a number",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "stability",
        "similarity_boost",
        "style",
        "use_speaker_boost",
        "speed",
    )
)


def _read_additional_properties(cls: type[RealtimeVoiceSettings], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[RealtimeVoiceSettings], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    stability = d.get("stability", UNSET)
    if stability.__class__ is not float and stability.__class__ is not int and stability is not UNSET:
        stability = _read_stability(cls, d)

    similarity_boost = d.get("similarity_boost", UNSET)
    if (
        similarity_boost.__class__ is not float
        and similarity_boost.__class__ is not int
        and similarity_boost is not UNSET
    ):
        similarity_boost = _read_similarity_boost(cls, d)

    style = d.get("style", UNSET)
    if style.__class__ is not float and style.__class__ is not int and style is not UNSET:
        style = _read_style(cls, d)

    use_speaker_boost = d.get("use_speaker_boost", UNSET)
    if use_speaker_boost.__class__ is not bool and use_speaker_boost is not UNSET:
        use_speaker_boost = _read_use_speaker_boost(cls, d)

    speed = d.get("speed", UNSET)
    if speed.__class__ is not float and speed.__class__ is not int and speed is not UNSET:
        speed = _read_speed(cls, d)

    return {
        "stability": stability,
        "similarity_boost": similarity_boost,
        "style": style,
        "use_speaker_boost": use_speaker_boost,
        "speed": speed,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    RealtimeVoiceSettings,
    _all_fields,
    {
        "stability": _read_stability,
        "similarity_boost": _read_similarity_boost,
        "style": _read_style,
        "use_speaker_boost": _read_use_speaker_boost,
        "speed": _read_speed,
        "additional_properties": _read_additional_properties,
    },
)
