from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class RealtimeVoiceSettings(Lazy, AdditionalProperties[Any]):
    """Attributes:
    stability: Defines the stability for voice settings. Defaults to 0.5 on the server.
    similarity_boost: Defines the similarity boost for voice settings. Defaults to 0.75 on the server.
    style: Defines the style for voice settings. This parameter is available on V2+ models. Defaults to 0.0 on the
        server.
    use_speaker_boost: Defines the use speaker boost for voice settings. This parameter is available on V2+ models.
        Defaults to True on the server.
    speed: Controls the speed of the generated speech. Values range from 0.7 to 1.2, with 1.0 being the default
        speed. Defaults to 1.0 on the server.
    """

    stability: float | Unset = UNSET

    similarity_boost: float | Unset = UNSET

    style: float | Unset = UNSET

    use_speaker_boost: bool | Unset = UNSET

    speed: float | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("stability", "stability", FLOAT),
        Field("similarity_boost", "similarity_boost", FLOAT),
        Field("style", "style", FLOAT),
        Field("use_speaker_boost", "use_speaker_boost", BOOL),
        Field("speed", "speed", FLOAT),
        Field("additional_properties", None, dict_of(ANY)),
    )
