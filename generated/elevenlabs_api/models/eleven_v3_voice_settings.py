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

T = TypeVar("T", bound="ElevenV3VoiceSettings")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ElevenV3VoiceSettings(Lazy):
    """Overrides for the voice's saved settings, applied to one generation.

    Attributes:
        stability (float | None | Unset): How consistent the voice stays across generations. Lower values give more
            expressive, varied speech.
    """

    stability: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        stability: Any
        try:
            stability = self.stability

        except (AttributeError, TypeError):
            stability = self.stability

        field_dict: dict[str, Any] = {}
        if stability is not UNSET:
            field_dict["stability"] = stability
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        eleven_v3_voice_settings = cls.__new__(cls)
        eleven_v3_voice_settings.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return eleven_v3_voice_settings


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


def _all_fields(cls: type[ElevenV3VoiceSettings], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
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

    return {
        "stability": stability,
    }


set_readers(
    ElevenV3VoiceSettings,
    _all_fields,
    {
        "stability": _read_stability,
    },
)
