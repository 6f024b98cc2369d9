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

T = TypeVar("T", bound="RecordingResponseModel")


@_attrs_define
class RecordingResponseModel:
    """Example:
        {'mime_type': 'audio/mpeg', 'recording_id': 'CwhRBWXzGAHq8TQ4Fs17', 'size_bytes': 1000000, 'transcription':
        'Hello, how are you?', 'upload_date_unix': 1714204800}

    Attributes:
        recording_id (str): The ID of the recording.
        mime_type (str): The MIME type of the recording.
        size_bytes (int): The size of the recording in bytes.
        upload_date_unix (int): The date of the recording in Unix time.
        transcription (str): The transcription of the recording.
    """

    recording_id: str

    mime_type: str

    size_bytes: int

    upload_date_unix: int

    transcription: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        recording_id = self.recording_id

        mime_type = self.mime_type

        size_bytes = self.size_bytes

        upload_date_unix = self.upload_date_unix

        transcription = self.transcription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if recording_id is not None or "recording_id" not in self._missing_fields:
            field_dict["recording_id"] = recording_id
        if mime_type is not None or "mime_type" not in self._missing_fields:
            field_dict["mime_type"] = mime_type
        if size_bytes is not None or "size_bytes" not in self._missing_fields:
            field_dict["size_bytes"] = size_bytes
        if upload_date_unix is not None or "upload_date_unix" not in self._missing_fields:
            field_dict["upload_date_unix"] = upload_date_unix
        if transcription is not None or "transcription" not in self._missing_fields:
            field_dict["transcription"] = transcription
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        recording_id = d.pop("recording_id", MISSING)
        if recording_id.__class__ is not str:
            if recording_id is MISSING:
                recording_id = missing_field(cls, "recording_id")
                _missing += ("recording_id",)
            else:
                recording_id = unexpected_type(cls, "recording_id", recording_id, "a string")

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

        upload_date_unix = d.pop("upload_date_unix", MISSING)
        if upload_date_unix.__class__ is not int:
            if upload_date_unix is MISSING:
                upload_date_unix = missing_field(cls, "upload_date_unix")
                _missing += ("upload_date_unix",)
            else:
                upload_date_unix = unexpected_type(cls, "upload_date_unix", upload_date_unix, "an integer")

        transcription = d.pop("transcription", MISSING)
        if transcription.__class__ is not str:
            if transcription is MISSING:
                transcription = missing_field(cls, "transcription")
                _missing += ("transcription",)
            else:
                transcription = unexpected_type(cls, "transcription", transcription, "a string")

        recording_response_model = cls(
            recording_id=recording_id,
            mime_type=mime_type,
            size_bytes=size_bytes,
            upload_date_unix=upload_date_unix,
            transcription=transcription,
        )
        if _missing:
            recording_response_model._missing_fields = _missing
        recording_response_model.additional_properties = d
        return recording_response_model

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
