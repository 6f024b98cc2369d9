from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import (
    BackgroundSoundPresetId,
    BackgroundSoundSourceType,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BackgroundSoundConfigWorkflowOverride(Lazy, AdditionalProperties[Any]):
    """Attributes:
    source_type: The type of background sound source.
    source_id: Identifier for the sound source.
    volume: Volume level for background sound (0.01 to 1.0).
    crossfade_loop: Apply a crossfade at the loop boundary to avoid audible pops when the sound loops.
    """

    source_type: BackgroundSoundSourceType | None | str | Unset = UNSET

    source_id: BackgroundSoundPresetId | None | str | Unset = UNSET

    volume: float | None | Unset = UNSET

    crossfade_loop: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("source_type", "source_type", union(literal("BackgroundSoundSourceType"), NULL, STR)),
        Field("source_id", "source_id", union(literal("BackgroundSoundPresetId"), NULL, STR)),
        Field("volume", "volume", union(FLOAT, NULL)),
        Field("crossfade_loop", "crossfade_loop", union(BOOL, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
