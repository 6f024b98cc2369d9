from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="VoiceStatisticsResponseModel")


@_attrs_define
class VoiceStatisticsResponseModel:
    """Attributes:
    project_voice_ref_id (str): The project voice reference ID.
    characters_unconverted (int): The number of unconverted characters for this voice.
    characters_converted (int): The number of converted characters for this voice.
    voice_id (str): The voice ID.
    credits_needed_to_convert (int | None | Unset): The number of credits needed to convert the remaining audio for
        this voice.
    """

    project_voice_ref_id: str

    characters_unconverted: int

    characters_converted: int

    voice_id: str

    credits_needed_to_convert: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        project_voice_ref_id = self.project_voice_ref_id

        characters_unconverted = self.characters_unconverted

        characters_converted = self.characters_converted

        voice_id = self.voice_id

        credits_needed_to_convert: Any
        try:
            credits_needed_to_convert = self.credits_needed_to_convert

        except (AttributeError, TypeError):
            credits_needed_to_convert = self.credits_needed_to_convert

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if project_voice_ref_id is not None or "project_voice_ref_id" not in self._missing_fields:
            field_dict["project_voice_ref_id"] = project_voice_ref_id
        if characters_unconverted is not None or "characters_unconverted" not in self._missing_fields:
            field_dict["characters_unconverted"] = characters_unconverted
        if characters_converted is not None or "characters_converted" not in self._missing_fields:
            field_dict["characters_converted"] = characters_converted
        if voice_id is not None or "voice_id" not in self._missing_fields:
            field_dict["voice_id"] = voice_id
        if credits_needed_to_convert is not UNSET:
            field_dict["credits_needed_to_convert"] = credits_needed_to_convert
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        project_voice_ref_id = d.pop("project_voice_ref_id", MISSING)
        if project_voice_ref_id.__class__ is not str:
            if project_voice_ref_id is MISSING:
                project_voice_ref_id = missing_field(cls, "project_voice_ref_id")
                _missing += ("project_voice_ref_id",)
            else:
                project_voice_ref_id = unexpected_type(cls, "project_voice_ref_id", project_voice_ref_id, "a string")

        characters_unconverted = d.pop("characters_unconverted", MISSING)
        if characters_unconverted.__class__ is not int:
            if characters_unconverted is MISSING:
                characters_unconverted = missing_field(cls, "characters_unconverted")
                _missing += ("characters_unconverted",)
            else:
                characters_unconverted = unexpected_type(
                    cls, "characters_unconverted", characters_unconverted, "an integer"
                )

        characters_converted = d.pop("characters_converted", MISSING)
        if characters_converted.__class__ is not int:
            if characters_converted is MISSING:
                characters_converted = missing_field(cls, "characters_converted")
                _missing += ("characters_converted",)
            else:
                characters_converted = unexpected_type(cls, "characters_converted", characters_converted, "an integer")

        voice_id = d.pop("voice_id", MISSING)
        if voice_id.__class__ is not str:
            if voice_id is MISSING:
                voice_id = missing_field(cls, "voice_id")
                _missing += ("voice_id",)
            else:
                voice_id = unexpected_type(cls, "voice_id", voice_id, "a string")

        credits_needed_to_convert = d.pop("credits_needed_to_convert", UNSET)
        if (
            credits_needed_to_convert.__class__ is not int
            and credits_needed_to_convert is not None
            and credits_needed_to_convert is not UNSET
        ):
            credits_needed_to_convert = unexpected_type(
                cls, "credits_needed_to_convert", credits_needed_to_convert, "an integer or null"
            )

        voice_statistics_response_model = cls(
            project_voice_ref_id=project_voice_ref_id,
            characters_unconverted=characters_unconverted,
            characters_converted=characters_converted,
            voice_id=voice_id,
            credits_needed_to_convert=credits_needed_to_convert,
        )
        if _missing:
            voice_statistics_response_model._missing_fields = _missing
        voice_statistics_response_model.additional_properties = d
        return voice_statistics_response_model

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
