from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="AudioWithTimestampsResponseModel")


@_attrs_define
class AudioWithTimestampsResponseModel:
    """Example:
        {'alignment': {'character_end_times_seconds': [0.1, 0.2, 0.3, 0.4, 0.5], 'character_start_times_seconds': [0.0,
        0.1, 0.2, 0.3, 0.4], 'characters': ['H', 'e', 'l', 'l', 'o']}, 'audio_base64': 'base64_encoded_audio_string',
        'normalized_alignment': {'character_end_times_seconds': [0.1, 0.2, 0.3, 0.4, 0.5],
        'character_start_times_seconds': [0.0, 0.1, 0.2, 0.3, 0.4], 'characters': ['H', 'e', 'l', 'l', 'o']}}

    Attributes:
        audio_base64 (str): Base64 encoded audio data
        alignment (CharacterAlignmentResponseModel | None | Unset): Timestamp information for each character in the
            original text
        normalized_alignment (CharacterAlignmentResponseModel | None | Unset): Timestamp information for each character
            in the normalized text
    """

    audio_base64: str

    alignment: CharacterAlignmentResponseModel | None | Unset = UNSET

    normalized_alignment: CharacterAlignmentResponseModel | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        audio_base64 = self.audio_base64

        alignment: Any
        try:
            if isinstance(self.alignment, Unset):
                alignment = UNSET
            elif isinstance(self.alignment, CharacterAlignmentResponseModel):
                alignment = self.alignment.to_dict()
            else:
                alignment = self.alignment

        except (AttributeError, TypeError):
            alignment = self.alignment

        normalized_alignment: Any
        try:
            if isinstance(self.normalized_alignment, Unset):
                normalized_alignment = UNSET
            elif isinstance(self.normalized_alignment, CharacterAlignmentResponseModel):
                normalized_alignment = self.normalized_alignment.to_dict()
            else:
                normalized_alignment = self.normalized_alignment

        except (AttributeError, TypeError):
            normalized_alignment = self.normalized_alignment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if audio_base64 is not None or "audio_base64" not in self._missing_fields:
            field_dict["audio_base64"] = audio_base64
        if alignment is not UNSET:
            field_dict["alignment"] = alignment
        if normalized_alignment is not UNSET:
            field_dict["normalized_alignment"] = normalized_alignment
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        audio_base64 = d.pop("audio_base64", MISSING)
        if audio_base64.__class__ is not str:
            if audio_base64 is MISSING:
                audio_base64 = missing_field(cls, "audio_base64")
                _missing += ("audio_base64",)
            else:
                audio_base64 = unexpected_type(cls, "audio_base64", audio_base64, "a string")

        alignment_raw = d.pop("alignment", UNSET)
        try:

            def _parse_alignment(data: object) -> CharacterAlignmentResponseModel | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                alignment_type_0 = CharacterAlignmentResponseModel.from_dict(data)

                return alignment_type_0

            alignment = _parse_alignment(alignment_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            alignment = deviating_field(cls, "alignment", alignment_raw)

        normalized_alignment_raw = d.pop("normalized_alignment", UNSET)
        try:

            def _parse_normalized_alignment(data: object) -> CharacterAlignmentResponseModel | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                normalized_alignment_type_0 = CharacterAlignmentResponseModel.from_dict(data)

                return normalized_alignment_type_0

            normalized_alignment = _parse_normalized_alignment(normalized_alignment_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            normalized_alignment = deviating_field(cls, "normalized_alignment", normalized_alignment_raw)

        audio_with_timestamps_response_model = cls(
            audio_base64=audio_base64,
            alignment=alignment,
            normalized_alignment=normalized_alignment,
        )
        if _missing:
            audio_with_timestamps_response_model._missing_fields = _missing
        audio_with_timestamps_response_model.additional_properties = d
        return audio_with_timestamps_response_model

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
from ..models.character_alignment_response_model import CharacterAlignmentResponseModel
