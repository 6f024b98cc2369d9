from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
)


@_attrs_define(slots=False)
class VoiceSampleVisualWaveformResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'sample_id': 'DCwhRBWXzGAHq8TQ4Fs18', 'visual_waveform': [0.1, 0.2, 0.3, 0.4, 0.5]}

    Attributes:
        sample_id: The ID of the sample.
        visual_waveform: The visual waveform of the sample, represented as a list of floats.
    """

    sample_id: str

    visual_waveform: list[float]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("sample_id", "sample_id", STR, required=True),
        Field("visual_waveform", "visual_waveform", list_of(FLOAT), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
