from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    File,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="BodyVerifyPVCVoiceCaptchaV1VoicesPvcVoiceIdCaptchaPost")


@_attrs_define
class BodyVerifyPVCVoiceCaptchaV1VoicesPvcVoiceIdCaptchaPost:
    """Attributes:
    recording (File): Audio recording of the user
    """

    recording: File

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        recording: Any
        try:
            recording = self.recording.to_tuple()

        except (AttributeError, TypeError):
            recording = self.recording

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if recording is not None or "recording" not in self._missing_fields:
            field_dict["recording"] = recording
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("recording", self.recording.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        recording_raw = d.pop("recording", MISSING)
        if recording_raw is MISSING:
            recording = missing_field(cls, "recording")
            _missing += ("recording",)
        else:
            try:
                recording = File(payload=BytesIO(recording_raw))
            except (KeyError, TypeError, ValueError, AttributeError):
                recording = deviating_field(cls, "recording", recording_raw)

        body_verify_pvc_voice_captcha_v1_voices_pvc_voice_id_captcha_post = cls(
            recording=recording,
        )
        if _missing:
            body_verify_pvc_voice_captcha_v1_voices_pvc_voice_id_captcha_post._missing_fields = _missing
        body_verify_pvc_voice_captcha_v1_voices_pvc_voice_id_captcha_post.additional_properties = d
        return body_verify_pvc_voice_captcha_v1_voices_pvc_voice_id_captcha_post

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
