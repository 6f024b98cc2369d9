from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="VoicePreviewResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VoicePreviewResponseModel(Lazy):
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

    language: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "audio_base_64",
        "generated_voice_id",
        "media_type",
        "duration_secs",
        "language",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        voice_preview_response_model = cls.__new__(cls)
        voice_preview_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_audio_base_64 = plain_reader("audio_base_64", (str,), "a string", True)

_read_generated_voice_id = plain_reader("generated_voice_id", (str,), "a string", True)

_read_media_type = plain_reader("media_type", (str,), "a string", True)

_read_duration_secs = plain_reader(
    "duration_secs",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_language = plain_reader(
    "language",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "audio_base_64",
        "generated_voice_id",
        "media_type",
        "duration_secs",
        "language",
    )
)


def _read_additional_properties(cls: type[VoicePreviewResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[VoicePreviewResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    audio_base_64 = d.get("audio_base_64", MISSING)
    if audio_base_64.__class__ is not str:
        audio_base_64 = _read_audio_base_64(cls, d)

    generated_voice_id = d.get("generated_voice_id", MISSING)
    if generated_voice_id.__class__ is not str:
        generated_voice_id = _read_generated_voice_id(cls, d)

    media_type = d.get("media_type", MISSING)
    if media_type.__class__ is not str:
        media_type = _read_media_type(cls, d)

    duration_secs = d.get("duration_secs", MISSING)
    if duration_secs.__class__ is not float and duration_secs.__class__ is not int:
        duration_secs = _read_duration_secs(cls, d)

    language = d.get("language", MISSING)
    if language.__class__ is not str and language is not None:
        language = _read_language(cls, d)

    return {
        "audio_base_64": audio_base_64,
        "generated_voice_id": generated_voice_id,
        "media_type": media_type,
        "duration_secs": duration_secs,
        "language": language,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    VoicePreviewResponseModel,
    _all_fields,
    {
        "audio_base_64": _read_audio_base_64,
        "generated_voice_id": _read_generated_voice_id,
        "media_type": _read_media_type,
        "duration_secs": _read_duration_secs,
        "language": _read_language,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
