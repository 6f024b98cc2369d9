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

T = TypeVar("T", bound="VoicePreviewResponseModel")


@_attrs_define
class VoicePreviewResponseModel:
    """Attributes:
    audio_base_64 (str): The base64 encoded audio of the preview.
    generated_voice_id (str): The ID of the generated voice. Use it to create a voice from the preview.
    media_type (str): The media type of the preview.
    duration_secs (float): The duration of the preview in seconds.
    language (None | str): The language of the preview.
    """

    audio_base_64: str

    generated_voice_id: str

    media_type: str

    duration_secs: float

    language: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        audio_base_64 = self.audio_base_64

        generated_voice_id = self.generated_voice_id

        media_type = self.media_type

        duration_secs = self.duration_secs

        language: Any
        try:
            language = self.language

        except (AttributeError, TypeError):
            language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if audio_base_64 is not None or "audio_base_64" not in self._missing_fields:
            field_dict["audio_base_64"] = audio_base_64
        if generated_voice_id is not None or "generated_voice_id" not in self._missing_fields:
            field_dict["generated_voice_id"] = generated_voice_id
        if media_type is not None or "media_type" not in self._missing_fields:
            field_dict["media_type"] = media_type
        if duration_secs is not None or "duration_secs" not in self._missing_fields:
            field_dict["duration_secs"] = duration_secs
        if language is not None or "language" not in self._missing_fields:
            field_dict["language"] = language
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

        generated_voice_id = d.pop("generated_voice_id", MISSING)
        if generated_voice_id.__class__ is not str:
            if generated_voice_id is MISSING:
                generated_voice_id = missing_field(cls, "generated_voice_id")
                _missing += ("generated_voice_id",)
            else:
                generated_voice_id = unexpected_type(cls, "generated_voice_id", generated_voice_id, "a string")

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

        language = d.pop("language", MISSING)
        if language.__class__ is not str and language is not None:
            if language is MISSING:
                language = missing_field(cls, "language")
                _missing += ("language",)
            else:
                language = unexpected_type(cls, "language", language, "a string or null")

        voice_preview_response_model = cls(
            audio_base_64=audio_base_64,
            generated_voice_id=generated_voice_id,
            media_type=media_type,
            duration_secs=duration_secs,
            language=language,
        )
        if _missing:
            voice_preview_response_model._missing_fields = _missing
        voice_preview_response_model.additional_properties = d
        return voice_preview_response_model

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
