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

T = TypeVar("T", bound="VoiceSamplePreviewResponseModel")


@_attrs_define
class VoiceSamplePreviewResponseModel:
    """Example:
        {'audio_base_64': 'audio_base_64', 'duration_secs': 5.0, 'media_type': 'audio/mpeg', 'sample_id':
        'DCwhRBWXzGAHq8TQ4Fs18', 'voice_id': 'DCwhRBWXzGAHq8TQ4Fs18'}

    Attributes:
        audio_base_64 (str): The base64 encoded audio.
        voice_id (str): The ID of the voice.
        sample_id (str): The ID of the sample.
        media_type (str): The media type of the audio.
        duration_secs (float | None | Unset): The duration of the audio in seconds.
    """

    audio_base_64: str

    voice_id: str

    sample_id: str

    media_type: str

    duration_secs: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        audio_base_64 = self.audio_base_64

        voice_id = self.voice_id

        sample_id = self.sample_id

        media_type = self.media_type

        duration_secs: Any
        try:
            duration_secs = self.duration_secs

        except (AttributeError, TypeError):
            duration_secs = self.duration_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if audio_base_64 is not None or "audio_base_64" not in self._missing_fields:
            field_dict["audio_base_64"] = audio_base_64
        if voice_id is not None or "voice_id" not in self._missing_fields:
            field_dict["voice_id"] = voice_id
        if sample_id is not None or "sample_id" not in self._missing_fields:
            field_dict["sample_id"] = sample_id
        if media_type is not None or "media_type" not in self._missing_fields:
            field_dict["media_type"] = media_type
        if duration_secs is not UNSET:
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

        voice_id = d.pop("voice_id", MISSING)
        if voice_id.__class__ is not str:
            if voice_id is MISSING:
                voice_id = missing_field(cls, "voice_id")
                _missing += ("voice_id",)
            else:
                voice_id = unexpected_type(cls, "voice_id", voice_id, "a string")

        sample_id = d.pop("sample_id", MISSING)
        if sample_id.__class__ is not str:
            if sample_id is MISSING:
                sample_id = missing_field(cls, "sample_id")
                _missing += ("sample_id",)
            else:
                sample_id = unexpected_type(cls, "sample_id", sample_id, "a string")

        media_type = d.pop("media_type", MISSING)
        if media_type.__class__ is not str:
            if media_type is MISSING:
                media_type = missing_field(cls, "media_type")
                _missing += ("media_type",)
            else:
                media_type = unexpected_type(cls, "media_type", media_type, "a string")

        duration_secs = d.pop("duration_secs", UNSET)
        if (
            duration_secs.__class__ is not float
            and duration_secs.__class__ is not int
            and duration_secs is not None
            and duration_secs is not UNSET
        ):
            duration_secs = unexpected_type(cls, "duration_secs", duration_secs, "a number or null")

        voice_sample_preview_response_model = cls(
            audio_base_64=audio_base_64,
            voice_id=voice_id,
            sample_id=sample_id,
            media_type=media_type,
            duration_secs=duration_secs,
        )
        if _missing:
            voice_sample_preview_response_model._missing_fields = _missing
        voice_sample_preview_response_model.additional_properties = d
        return voice_sample_preview_response_model

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
