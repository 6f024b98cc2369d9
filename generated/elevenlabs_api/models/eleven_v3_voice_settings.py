from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from ..types import (
    FLOAT,
    NULL,
    UNSET,
    Field,
    Lazy,
    Unset,
    union,
)


@_attrs_define(slots=False)
class ElevenV3VoiceSettings(Lazy):
    """Overrides for the voice's saved settings, applied to one generation.

    Attributes:
        stability: How consistent the voice stays across generations. Lower values give more expressive, varied speech.
    """

    stability: float | None | Unset = UNSET

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("stability", "stability", union(FLOAT, NULL)),)
