from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="SpeakerAudioResponseModel")


@_attrs_define
class SpeakerAudioResponseModel:
    """Example:
        {'audio_base_64': 'audio_base_64', 'duration_secs': 5.0, 'media_type': 'audio/mpeg'}

    Attributes:
        audio_base_64 (str): The base64 encoded audio.
        media_type (str): The media type of the audio.
        duration_secs (float): The duration of the audio in seconds.
    """

    audio_base_64: str

    media_type: str

    duration_secs: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        audio_base_64 = self.audio_base_64

        media_type = self.media_type

        duration_secs = self.duration_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if audio_base_64 is not None or "audio_base_64" not in self._missing_fields:
            field_dict["audio_base_64"] = audio_base_64
        if media_type is not None or "media_type" not in self._missing_fields:
            field_dict["media_type"] = media_type
        if duration_secs is not None or "duration_secs" not in self._missing_fields:
            field_dict["duration_secs"] = duration_secs
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        audio_base_64 = d.pop("audio_base_64", MISSING)
        if audio_base_64.__class__ is not str:
            if audio_base_64 is MISSING:
                audio_base_64 = missing_field(cls, "audio_base_64")
                _missing += ("audio_base_64",)
            else:
                audio_base_64 = unexpected_type(cls, "audio_base_64", audio_base_64, "a string")

        media_type = d.pop("media_type", MISSING)
        if media_type.__class__ is not str:
            if media_type is MISSING:
                media_type = missing_field(cls, "media_type")
                _missing += ("media_type",)
            else:
                media_type = unexpected_type(cls, "media_type", media_type, "a string")

        duration_secs = d.pop("duration_secs", MISSING)
        if duration_secs.__class__ is not float and duration_secs.__class__ is not int:
            if duration_secs is MISSING:
                duration_secs = missing_field(cls, "duration_secs")
                _missing += ("duration_secs",)
            else:
                duration_secs = unexpected_type(cls, "duration_secs", duration_secs, "a number")

        speaker_audio_response_model = cls(
            audio_base_64=audio_base_64,
            media_type=media_type,
            duration_secs=duration_secs,
        )
        if _missing:
            speaker_audio_response_model._missing_fields = _missing
        speaker_audio_response_model.additional_properties = d
        return speaker_audio_response_model

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
