from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    NULL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class VoiceSettings(Lazy, AdditionalProperties[Any]):
    """Example:
        {'similarity_boost': 1.0, 'speed': 1.0, 'stability': 1.0, 'style': 0.0, 'use_speaker_boost': True}

    Attributes:
        stability: Determines how stable the voice is and the randomness between each generation. Lower values introduce
            broader emotional range for the voice. Higher values can result in a monotonous voice with limited emotion.
            Defaults to 0.5 on the server.
        use_speaker_boost: This setting boosts the similarity to the original speaker. Using this setting requires a
            slightly higher computational load, which in turn increases latency. Defaults to True on the server.
        similarity_boost: Determines how closely the AI should adhere to the original voice when attempting to replicate
            it. Defaults to 0.75 on the server.
        style: Determines the style exaggeration of the voice. This setting attempts to amplify the style of the
            original speaker. It does consume additional computational resources and might increase latency if set to
            anything other than 0. Defaults to 0.0 on the server.
        speed: Adjusts the speed of the voice. A value of 1.0 is the default speed, while values less than 1.0 slow down
            the speech, and values greater than 1.0 speed it up. Defaults to 1.0 on the server.
    """

    stability: float | None | Unset = UNSET

    use_speaker_boost: bool | None | Unset = UNSET

    similarity_boost: float | None | Unset = UNSET

    style: float | None | Unset = UNSET

    speed: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("stability", "stability", union(FLOAT, NULL)),
        Field("use_speaker_boost", "use_speaker_boost", union(BOOL, NULL)),
        Field("similarity_boost", "similarity_boost", union(FLOAT, NULL)),
        Field("style", "style", union(FLOAT, NULL)),
        Field("speed", "speed", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
