from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from ..types import (
    BOOL,
    FLOAT,
    NULL,
    UNSET,
    Field,
    Lazy,
    Unset,
    union,
)


@_attrs_define(slots=False)
class TtsVoiceSettings(Lazy):
    """Overrides for the voice's saved settings, applied to one generation.

    Attributes:
        stability: How consistent the voice stays across generations. Lower values give more expressive, varied speech.
        similarity_boost: How closely the output adheres to the original voice.
        style: How strongly the speaking style is exaggerated.
        use_speaker_boost: Whether to boost similarity to the original speaker, at some latency cost.
        speed: The speed of the generated speech, where 1.0 is the voice's natural pace.
    """

    stability: float | None | Unset = UNSET

    similarity_boost: float | None | Unset = UNSET

    style: float | None | Unset = UNSET

    use_speaker_boost: bool | None | Unset = UNSET

    speed: float | None | Unset = UNSET

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("stability", "stability", union(FLOAT, NULL)),
        Field("similarity_boost", "similarity_boost", union(FLOAT, NULL)),
        Field("style", "style", union(FLOAT, NULL)),
        Field("use_speaker_boost", "use_speaker_boost", union(BOOL, NULL)),
        Field("speed", "speed", union(FLOAT, NULL)),
    )
