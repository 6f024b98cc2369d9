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

T = TypeVar("T", bound="SampleResponseModel")


@_attrs_define
class SampleResponseModel:
    """Example:
        {'file_name': 'sample.mp3', 'hash': '1234567890', 'mime_type': 'audio/mpeg', 'sample_id':
        'DCwhRBWXzGAHq8TQ4Fs18', 'size_bytes': 1000000}

    Attributes:
        sample_id (str): The ID of the sample.
        file_name (str): The name of the sample file.
        mime_type (str): The MIME type of the sample file.
        size_bytes (int): The size of the sample file in bytes.
        hash_ (str): The hash of the sample file.
        duration_secs (float | None | Unset):
        remove_background_noise (bool | None | Unset):
        has_isolated_audio (bool | None | Unset):
        has_isolated_audio_preview (bool | None | Unset):
        speaker_separation (None | SpeakerSeparationResponseModel | Unset):
        trim_start (int | None | Unset):
        trim_end (int | None | Unset):
    """

    sample_id: str

    file_name: str

    mime_type: str

    size_bytes: int

    hash_: str

    duration_secs: float | None | Unset = UNSET

    remove_background_noise: bool | None | Unset = UNSET

    has_isolated_audio: bool | None | Unset = UNSET

    has_isolated_audio_preview: bool | None | Unset = UNSET

    speaker_separation: None | SpeakerSeparationResponseModel | Unset = UNSET

    trim_start: int | None | Unset = UNSET

    trim_end: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        sample_id = self.sample_id

        file_name = self.file_name

        mime_type = self.mime_type

        size_bytes = self.size_bytes

        hash_ = self.hash_

        duration_secs: Any
        try:
            duration_secs = self.duration_secs

        except (AttributeError, TypeError):
            duration_secs = self.duration_secs

        remove_background_noise: Any
        try:
            remove_background_noise = self.remove_background_noise

        except (AttributeError, TypeError):
            remove_background_noise = self.remove_background_noise

        has_isolated_audio: Any
        try:
            has_isolated_audio = self.has_isolated_audio

        except (AttributeError, TypeError):
            has_isolated_audio = self.has_isolated_audio

        has_isolated_audio_preview: Any
        try:
            has_isolated_audio_preview = self.has_isolated_audio_preview

        except (AttributeError, TypeError):
            has_isolated_audio_preview = self.has_isolated_audio_preview

        speaker_separation: Any
        try:
            if isinstance(self.speaker_separation, Unset):
                speaker_separation = UNSET
            elif isinstance(self.speaker_separation, SpeakerSeparationResponseModel):
                speaker_separation = self.speaker_separation.to_dict()
            else:
                speaker_separation = self.speaker_separation

        except (AttributeError, TypeError):
            speaker_separation = self.speaker_separation

        trim_start: Any
        try:
            trim_start = self.trim_start

        except (AttributeError, TypeError):
            trim_start = self.trim_start

        trim_end: Any
        try:
            trim_end = self.trim_end

        except (AttributeError, TypeError):
            trim_end = self.trim_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if sample_id is not None or "sample_id" not in self._missing_fields:
            field_dict["sample_id"] = sample_id
        if file_name is not None or "file_name" not in self._missing_fields:
            field_dict["file_name"] = file_name
        if mime_type is not None or "mime_type" not in self._missing_fields:
            field_dict["mime_type"] = mime_type
        if size_bytes is not None or "size_bytes" not in self._missing_fields:
            field_dict["size_bytes"] = size_bytes
        if hash_ is not None or "hash" not in self._missing_fields:
            field_dict["hash"] = hash_
        if duration_secs is not UNSET:
            field_dict["duration_secs"] = duration_secs
        if remove_background_noise is not UNSET:
            field_dict["remove_background_noise"] = remove_background_noise
        if has_isolated_audio is not UNSET:
            field_dict["has_isolated_audio"] = has_isolated_audio
        if has_isolated_audio_preview is not UNSET:
            field_dict["has_isolated_audio_preview"] = has_isolated_audio_preview
        if speaker_separation is not UNSET:
            field_dict["speaker_separation"] = speaker_separation
        if trim_start is not UNSET:
            field_dict["trim_start"] = trim_start
        if trim_end is not UNSET:
            field_dict["trim_end"] = trim_end
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        sample_id = d.pop("sample_id", MISSING)
        if sample_id.__class__ is not str:
            if sample_id is MISSING:
                sample_id = missing_field(cls, "sample_id")
                _missing += ("sample_id",)
            else:
                sample_id = unexpected_type(cls, "sample_id", sample_id, "a string")

        file_name = d.pop("file_name", MISSING)
        if file_name.__class__ is not str:
            if file_name is MISSING:
                file_name = missing_field(cls, "file_name")
                _missing += ("file_name",)
            else:
                file_name = unexpected_type(cls, "file_name", file_name, "a string")

        mime_type = d.pop("mime_type", MISSING)
        if mime_type.__class__ is not str:
            if mime_type is MISSING:
                mime_type = missing_field(cls, "mime_type")
                _missing += ("mime_type",)
            else:
                mime_type = unexpected_type(cls, "mime_type", mime_type, "a string")

        size_bytes = d.pop("size_bytes", MISSING)
        if size_bytes.__class__ is not int:
            if size_bytes is MISSING:
                size_bytes = missing_field(cls, "size_bytes")
                _missing += ("size_bytes",)
            else:
                size_bytes = unexpected_type(cls, "size_bytes", size_bytes, "an integer")

        hash_ = d.pop("hash", MISSING)
        if hash_.__class__ is not str:
            if hash_ is MISSING:
                hash_ = missing_field(cls, "hash")
                _missing += ("hash",)
            else:
                hash_ = unexpected_type(cls, "hash", hash_, "a string")

        duration_secs = d.pop("duration_secs", UNSET)
        if (
            duration_secs.__class__ is not float
            and duration_secs.__class__ is not int
            and duration_secs is not None
            and duration_secs is not UNSET
        ):
            duration_secs = unexpected_type(cls, "duration_secs", duration_secs, "a number or null")

        remove_background_noise = d.pop("remove_background_noise", UNSET)
        if (
            remove_background_noise.__class__ is not bool
            and remove_background_noise is not None
            and remove_background_noise is not UNSET
        ):
            remove_background_noise = unexpected_type(
                cls, "remove_background_noise", remove_background_noise, "a boolean or null"
            )

        has_isolated_audio = d.pop("has_isolated_audio", UNSET)
        if (
            has_isolated_audio.__class__ is not bool
            and has_isolated_audio is not None
            and has_isolated_audio is not UNSET
        ):
            has_isolated_audio = unexpected_type(cls, "has_isolated_audio", has_isolated_audio, "a boolean or null")

        has_isolated_audio_preview = d.pop("has_isolated_audio_preview", UNSET)
        if (
            has_isolated_audio_preview.__class__ is not bool
            and has_isolated_audio_preview is not None
            and has_isolated_audio_preview is not UNSET
        ):
            has_isolated_audio_preview = unexpected_type(
                cls, "has_isolated_audio_preview", has_isolated_audio_preview, "a boolean or null"
            )

        speaker_separation_raw = d.pop("speaker_separation", UNSET)
        try:

            def _parse_speaker_separation(data: object) -> None | SpeakerSeparationResponseModel | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                speaker_separation_type_0 = SpeakerSeparationResponseModel.from_dict(data)

                return speaker_separation_type_0

            speaker_separation = _parse_speaker_separation(speaker_separation_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            speaker_separation = deviating_field(cls, "speaker_separation", speaker_separation_raw)

        trim_start = d.pop("trim_start", UNSET)
        if trim_start.__class__ is not int and trim_start is not None and trim_start is not UNSET:
            trim_start = unexpected_type(cls, "trim_start", trim_start, "an integer or null")

        trim_end = d.pop("trim_end", UNSET)
        if trim_end.__class__ is not int and trim_end is not None and trim_end is not UNSET:
            trim_end = unexpected_type(cls, "trim_end", trim_end, "an integer or null")

        sample_response_model = cls(
            sample_id=sample_id,
            file_name=file_name,
            mime_type=mime_type,
            size_bytes=size_bytes,
            hash_=hash_,
            duration_secs=duration_secs,
            remove_background_noise=remove_background_noise,
            has_isolated_audio=has_isolated_audio,
            has_isolated_audio_preview=has_isolated_audio_preview,
            speaker_separation=speaker_separation,
            trim_start=trim_start,
            trim_end=trim_end,
        )
        if _missing:
            sample_response_model._missing_fields = _missing
        sample_response_model.additional_properties = d
        return sample_response_model

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
from ..models.speaker_separation_response_model import SpeakerSeparationResponseModel
