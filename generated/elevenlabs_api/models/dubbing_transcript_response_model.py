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
    unexpected_type,
)

T = TypeVar("T", bound="DubbingTranscriptResponseModel")


@_attrs_define
class DubbingTranscriptResponseModel:
    """Attributes:
    language (str):
    utterances (list[DubbingTranscriptUtterance]):
    """

    language: str

    utterances: list[DubbingTranscriptUtterance]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        utterances: Any
        try:
            utterances = []
            for utterances_item_data in self.utterances:
                utterances_item = utterances_item_data.to_dict()
                utterances.append(utterances_item)

        except (AttributeError, TypeError):
            utterances = self.utterances

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if language is not None or "language" not in self._missing_fields:
            field_dict["language"] = language
        if utterances is not None or "utterances" not in self._missing_fields:
            field_dict["utterances"] = utterances
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        language = d.pop("language", MISSING)
        if language.__class__ is not str:
            if language is MISSING:
                language = missing_field(cls, "language")
                _missing += ("language",)
            else:
                language = unexpected_type(cls, "language", language, "a string")

        utterances_raw = d.pop("utterances", MISSING)
        if utterances_raw is MISSING:
            utterances = missing_field(cls, "utterances")
            _missing += ("utterances",)
        else:
            try:
                expect_array("utterances", utterances_raw)
                utterances = []
                _utterances = utterances_raw
                for utterances_item_data in _utterances:
                    utterances_item = DubbingTranscriptUtterance.from_dict(utterances_item_data)

                    utterances.append(utterances_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                utterances = deviating_field(cls, "utterances", utterances_raw)

        dubbing_transcript_response_model = cls(
            language=language,
            utterances=utterances,
        )
        if _missing:
            dubbing_transcript_response_model._missing_fields = _missing
        dubbing_transcript_response_model.additional_properties = d
        return dubbing_transcript_response_model

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
from ..models.dubbing_transcript_utterance import DubbingTranscriptUtterance
