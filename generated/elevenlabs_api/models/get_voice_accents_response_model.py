from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
)

T = TypeVar("T", bound="GetVoiceAccentsResponseModel")


@_attrs_define
class GetVoiceAccentsResponseModel:
    """Example:
        {'accents': [{'accent': 'american', 'code': 'en-american', 'language': 'en', 'name': 'American'}]}

    Attributes:
        accents (list[VoiceAccentResponseModel]): A list of available voice accents.
    """

    accents: list[VoiceAccentResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        accents: Any
        try:
            accents = []
            for accents_item_data in self.accents:
                accents_item = accents_item_data.to_dict()
                accents.append(accents_item)

        except (AttributeError, TypeError):
            accents = self.accents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if accents is not None or "accents" not in self._missing_fields:
            field_dict["accents"] = accents
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        accents_raw = d.pop("accents", MISSING)
        if accents_raw is MISSING:
            accents = missing_field(cls, "accents")
            _missing += ("accents",)
        else:
            try:
                expect_array("accents", accents_raw)
                accents = []
                _accents = accents_raw
                for accents_item_data in _accents:
                    accents_item = VoiceAccentResponseModel.from_dict(accents_item_data)

                    accents.append(accents_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                accents = deviating_field(cls, "accents", accents_raw)

        get_voice_accents_response_model = cls(
            accents=accents,
        )
        if _missing:
            get_voice_accents_response_model._missing_fields = _missing
        get_voice_accents_response_model.additional_properties = d
        return get_voice_accents_response_model

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.voice_accent_response_model import VoiceAccentResponseModel
