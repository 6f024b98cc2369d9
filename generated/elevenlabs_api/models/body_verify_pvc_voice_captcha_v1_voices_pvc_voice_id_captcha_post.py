from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    File,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyVerifyPvcVoiceCaptchaV1VoicesPvcVoiceIdCaptchaPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyVerifyPvcVoiceCaptchaV1VoicesPvcVoiceIdCaptchaPost(Lazy):
    """Attributes:
    recording (File): Audio recording of the user
    """

    recording: File

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("recording",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_verify_pvc_voice_captcha_v1_voices_pvc_voice_id_captcha_post = cls.__new__(cls)
        body_verify_pvc_voice_captcha_v1_voices_pvc_voice_id_captcha_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_recording(cls: type[BodyVerifyPvcVoiceCaptchaV1VoicesPvcVoiceIdCaptchaPost], d: Mapping[str, Any]) -> Any:
    recording_raw = d.get("recording", MISSING)
    if recording_raw is MISSING:
        recording = missing_field(cls, "recording")
    else:
        try:
            recording = File(payload=BytesIO(recording_raw))
        except (KeyError, TypeError, ValueError, AttributeError):
            recording = deviating_field(cls, "recording", recording_raw)

    return recording


_FIELDS: frozenset[str] = frozenset(("recording",))


def _read_additional_properties(
    cls: type[BodyVerifyPvcVoiceCaptchaV1VoicesPvcVoiceIdCaptchaPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyVerifyPvcVoiceCaptchaV1VoicesPvcVoiceIdCaptchaPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "recording" in known:
        recording = known["recording"]
    else:
        recording = _read_recording(cls, d)

    return {
        "recording": recording,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyVerifyPvcVoiceCaptchaV1VoicesPvcVoiceIdCaptchaPost,
    _all_fields,
    {
        "recording": _read_recording,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
