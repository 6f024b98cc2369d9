from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    check_items,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="VoiceSampleVisualWaveformResponseModel")


@_attrs_define
class VoiceSampleVisualWaveformResponseModel:
    """Example:
        {'sample_id': 'DCwhRBWXzGAHq8TQ4Fs18', 'visual_waveform': [0.1, 0.2, 0.3, 0.4, 0.5]}

    Attributes:
        sample_id (str): The ID of the sample.
        visual_waveform (list[float]): The visual waveform of the sample, represented as a list of floats.
    """

    sample_id: str

    visual_waveform: list[float]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        sample_id = self.sample_id

        visual_waveform: Any
        try:
            visual_waveform = self.visual_waveform

        except (AttributeError, TypeError):
            visual_waveform = self.visual_waveform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if sample_id is not None or "sample_id" not in self._missing_fields:
            field_dict["sample_id"] = sample_id
        if visual_waveform is not None or "visual_waveform" not in self._missing_fields:
            field_dict["visual_waveform"] = visual_waveform
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        sample_id = d.pop("sample_id", MISSING)
        if sample_id.__class__ is not str:
            if sample_id is MISSING:
                sample_id = missing_field(cls, "sample_id")
                _missing += ("sample_id",)
            else:
                sample_id = unexpected_type(cls, "sample_id", sample_id, "a string")

        visual_waveform = d.pop("visual_waveform", MISSING)
        if visual_waveform.__class__ is not list:
            if visual_waveform is MISSING:
                visual_waveform = missing_field(cls, "visual_waveform")
                _missing += ("visual_waveform",)
            else:
                visual_waveform = unexpected_type(cls, "visual_waveform", visual_waveform, "an array")
        elif visual_waveform.__class__ is list and visual_waveform:
            check_items(cls, "visual_waveform", visual_waveform, (float, int), "a number")

        voice_sample_visual_waveform_response_model = cls(
            sample_id=sample_id,
            visual_waveform=visual_waveform,
        )
        if _missing:
            voice_sample_visual_waveform_response_model._missing_fields = _missing
        voice_sample_visual_waveform_response_model.additional_properties = d
        return voice_sample_visual_waveform_response_model

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
