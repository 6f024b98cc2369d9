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

T = TypeVar("T", bound="PreviewAudioDBModel")


@_attrs_define
class PreviewAudioDBModel:
    """Attributes:
    audio_url (str):
    voice_id (None | str | Unset):
    text (None | str | Unset):
    hls_manifest_url (None | str | Unset):
    dash_manifest_url (None | str | Unset):
    is_auto_generated (bool | None | Unset):  Default: False.
    generated_at_unix (int | None | Unset):
    """

    audio_url: str

    voice_id: None | str | Unset = UNSET

    text: None | str | Unset = UNSET

    hls_manifest_url: None | str | Unset = UNSET

    dash_manifest_url: None | str | Unset = UNSET

    is_auto_generated: bool | None | Unset = False

    generated_at_unix: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        voice_id: Any
        try:
            voice_id = self.voice_id

        except (AttributeError, TypeError):
            voice_id = self.voice_id

        text: Any
        try:
            text = self.text

        except (AttributeError, TypeError):
            text = self.text

        hls_manifest_url: Any
        try:
            hls_manifest_url = self.hls_manifest_url

        except (AttributeError, TypeError):
            hls_manifest_url = self.hls_manifest_url

        dash_manifest_url: Any
        try:
            dash_manifest_url = self.dash_manifest_url

        except (AttributeError, TypeError):
            dash_manifest_url = self.dash_manifest_url

        is_auto_generated: Any
        try:
            is_auto_generated = self.is_auto_generated

        except (AttributeError, TypeError):
            is_auto_generated = self.is_auto_generated

        generated_at_unix: Any
        try:
            generated_at_unix = self.generated_at_unix

        except (AttributeError, TypeError):
            generated_at_unix = self.generated_at_unix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if audio_url is not None or "audio_url" not in self._missing_fields:
            field_dict["audio_url"] = audio_url
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if text is not UNSET:
            field_dict["text"] = text
        if hls_manifest_url is not UNSET:
            field_dict["hls_manifest_url"] = hls_manifest_url
        if dash_manifest_url is not UNSET:
            field_dict["dash_manifest_url"] = dash_manifest_url
        if is_auto_generated is not UNSET:
            field_dict["is_auto_generated"] = is_auto_generated
        if generated_at_unix is not UNSET:
            field_dict["generated_at_unix"] = generated_at_unix
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        audio_url = d.pop("audio_url", MISSING)
        if audio_url.__class__ is not str:
            if audio_url is MISSING:
                audio_url = missing_field(cls, "audio_url")
                _missing += ("audio_url",)
            else:
                audio_url = unexpected_type(cls, "audio_url", audio_url, "a string")

        voice_id = d.pop("voice_id", UNSET)
        if voice_id.__class__ is not str and voice_id is not None and voice_id is not UNSET:
            voice_id = unexpected_type(cls, "voice_id", voice_id, "a string or null")

        text = d.pop("text", UNSET)
        if text.__class__ is not str and text is not None and text is not UNSET:
            text = unexpected_type(cls, "text", text, "a string or null")

        hls_manifest_url = d.pop("hls_manifest_url", UNSET)
        if hls_manifest_url.__class__ is not str and hls_manifest_url is not None and hls_manifest_url is not UNSET:
            hls_manifest_url = unexpected_type(cls, "hls_manifest_url", hls_manifest_url, "a string or null")

        dash_manifest_url = d.pop("dash_manifest_url", UNSET)
        if dash_manifest_url.__class__ is not str and dash_manifest_url is not None and dash_manifest_url is not UNSET:
            dash_manifest_url = unexpected_type(cls, "dash_manifest_url", dash_manifest_url, "a string or null")

        is_auto_generated = d.pop("is_auto_generated", UNSET)
        if is_auto_generated.__class__ is not bool and is_auto_generated is not None and is_auto_generated is not UNSET:
            is_auto_generated = unexpected_type(cls, "is_auto_generated", is_auto_generated, "a boolean or null")

        generated_at_unix = d.pop("generated_at_unix", UNSET)
        if generated_at_unix.__class__ is not int and generated_at_unix is not None and generated_at_unix is not UNSET:
            generated_at_unix = unexpected_type(cls, "generated_at_unix", generated_at_unix, "an integer or null")

        preview_audio_db_model = cls(
            audio_url=audio_url,
            voice_id=voice_id,
            text=text,
            hls_manifest_url=hls_manifest_url,
            dash_manifest_url=dash_manifest_url,
            is_auto_generated=is_auto_generated,
            generated_at_unix=generated_at_unix,
        )
        if _missing:
            preview_audio_db_model._missing_fields = _missing
        preview_audio_db_model.additional_properties = d
        return preview_audio_db_model

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
