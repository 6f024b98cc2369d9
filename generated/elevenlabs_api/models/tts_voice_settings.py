from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

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

T = TypeVar("T", bound="TtsVoiceSettings")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TtsVoiceSettings(Lazy):
    """Overrides for the voice's saved settings, applied to one generation.

    Attributes:
        stability (float | None | Unset): How consistent the voice stays across generations. Lower values give more
            expressive, varied speech.
        similarity_boost (float | None | Unset): How closely the output adheres to the original voice.
        style (float | None | Unset): How strongly the speaking style is exaggerated.
        use_speaker_boost (bool | None | Unset): Whether to boost similarity to the original speaker, at some latency
            cost.
        speed (float | None | Unset): The speed of the generated speech, where 1.0 is the voice's natural pace.
    """

    stability: float | None | Unset = UNSET

    similarity_boost: float | None | Unset = UNSET

    style: float | None | Unset = UNSET

    use_speaker_boost: bool | None | Unset = UNSET

    speed: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        stability: Any
        try:
            stability = self.stability

        except (AttributeError, TypeError):
            stability = self.stability

        similarity_boost: Any
        try:
            similarity_boost = self.similarity_boost

        except (AttributeError, TypeError):
            similarity_boost = self.similarity_boost

        style: Any
        try:
            style = self.style

        except (AttributeError, TypeError):
            style = self.style

        use_speaker_boost: Any
        try:
            use_speaker_boost = self.use_speaker_boost

        except (AttributeError, TypeError):
            use_speaker_boost = self.use_speaker_boost

        speed: Any
        try:
            speed = self.speed

        except (AttributeError, TypeError):
            speed = self.speed

        field_dict: dict[str, Any] = {}
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
        tts_voice_settings = cls.__new__(cls)
        tts_voice_settings.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return tts_voice_settings


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

_read_style = plain_reader(
    "style",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_use_speaker_boost = plain_reader(
    "use_speaker_boost",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
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


def _all_fields(cls: type[TtsVoiceSettings], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    stability = d.get("stability", UNSET)
    if (
        stability.__class__ is not float
        and stability.__class__ is not int
        and stability is not None
        and stability is not UNSET
    ):
        stability = _read_stability(cls, d)

    similarity_boost = d.get("similarity_boost", UNSET)
    if (
        similarity_boost.__class__ is not float
        and similarity_boost.__class__ is not int
        and similarity_boost is not None
        and similarity_boost is not UNSET
    ):
        similarity_boost = _read_similarity_boost(cls, d)

    style = d.get("style", UNSET)
    if style.__class__ is not float and style.__class__ is not int and style is not None and style is not UNSET:
        style = _read_style(cls, d)

    use_speaker_boost = d.get("use_speaker_boost", UNSET)
    if use_speaker_boost.__class__ is not bool and use_speaker_boost is not None and use_speaker_boost is not UNSET:
        use_speaker_boost = _read_use_speaker_boost(cls, d)

    speed = d.get("speed", UNSET)
    if speed.__class__ is not float and speed.__class__ is not int and speed is not None and speed is not UNSET:
        speed = _read_speed(cls, d)

    return {
        "stability": stability,
        "similarity_boost": similarity_boost,
        "style": style,
        "use_speaker_boost": use_speaker_boost,
        "speed": speed,
    }


set_readers(
    TtsVoiceSettings,
    _all_fields,
    {
        "stability": _read_stability,
        "similarity_boost": _read_similarity_boost,
        "style": _read_style,
        "use_speaker_boost": _read_use_speaker_boost,
        "speed": _read_speed,
    },
)
