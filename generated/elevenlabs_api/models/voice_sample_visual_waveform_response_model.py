from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    check_items,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="VoiceSampleVisualWaveformResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VoiceSampleVisualWaveformResponseModel(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "sample_id",
        "visual_waveform",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        voice_sample_visual_waveform_response_model = cls.__new__(cls)
        voice_sample_visual_waveform_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_sample_id = plain_reader("sample_id", (str,), "a string", True)

_read_visual_waveform = plain_reader("visual_waveform", (list,), "an array", True, ((float, int), "a number"))


_FIELDS: frozenset[str] = frozenset(
    (
        "sample_id",
        "visual_waveform",
    )
)


def _read_additional_properties(
    cls: type[VoiceSampleVisualWaveformResponseModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[VoiceSampleVisualWaveformResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    sample_id = d.get("sample_id", MISSING)
    if sample_id.__class__ is not str:
        sample_id = _read_sample_id(cls, d)

    visual_waveform = d.get("visual_waveform", MISSING)
    if visual_waveform.__class__ is not list:
        visual_waveform = _read_visual_waveform(cls, d)
    elif visual_waveform.__class__ is list and visual_waveform:
        check_items(cls, "visual_waveform", visual_waveform, (float, int), "a number")

    return {
        "sample_id": sample_id,
        "visual_waveform": visual_waveform,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    VoiceSampleVisualWaveformResponseModel,
    _all_fields,
    {
        "sample_id": _read_sample_id,
        "visual_waveform": _read_visual_waveform,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
