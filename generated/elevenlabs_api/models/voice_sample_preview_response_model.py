from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="VoiceSamplePreviewResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VoiceSamplePreviewResponseModel(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "audio_base_64",
        "voice_id",
        "sample_id",
        "media_type",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        voice_sample_preview_response_model = cls.__new__(cls)
        voice_sample_preview_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_audio_base_64 = plain_reader("audio_base_64", (str,), "a string", True)

_read_voice_id = plain_reader("voice_id", (str,), "a string", True)

_read_sample_id = plain_reader("sample_id", (str,), "a string", True)

_read_media_type = plain_reader("media_type", (str,), "a string", True)

_read_duration_secs = plain_reader(
    "duration_secs",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "audio_base_64",
        "voice_id",
        "sample_id",
        "media_type",
        "duration_secs",
    )
)


def _read_additional_properties(cls: type[VoiceSamplePreviewResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[VoiceSamplePreviewResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    audio_base_64 = d.get("audio_base_64", MISSING)
    if audio_base_64.__class__ is not str:
        audio_base_64 = _read_audio_base_64(cls, d)

    voice_id = d.get("voice_id", MISSING)
    if voice_id.__class__ is not str:
        voice_id = _read_voice_id(cls, d)

    sample_id = d.get("sample_id", MISSING)
    if sample_id.__class__ is not str:
        sample_id = _read_sample_id(cls, d)

    media_type = d.get("media_type", MISSING)
    if media_type.__class__ is not str:
        media_type = _read_media_type(cls, d)

    duration_secs = d.get("duration_secs", UNSET)
    if (
        duration_secs.__class__ is not float
        and duration_secs.__class__ is not int
        and duration_secs is not None
        and duration_secs is not UNSET
    ):
        duration_secs = _read_duration_secs(cls, d)

    return {
        "audio_base_64": audio_base_64,
        "voice_id": voice_id,
        "sample_id": sample_id,
        "media_type": media_type,
        "duration_secs": duration_secs,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    VoiceSamplePreviewResponseModel,
    _all_fields,
    {
        "audio_base_64": _read_audio_base_64,
        "voice_id": _read_voice_id,
        "sample_id": _read_sample_id,
        "media_type": _read_media_type,
        "duration_secs": _read_duration_secs,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
