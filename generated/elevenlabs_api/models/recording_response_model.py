from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
        recording_id = self.recording_id

        mime_type = self.mime_type

        size_bytes = self.size_bytes

        upload_date_unix = self.upload_date_unix

        transcription = self.transcription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["recording_id"] = recording_id
        field_dict["mime_type"] = mime_type
        field_dict["size_bytes"] = size_bytes
        field_dict["upload_date_unix"] = upload_date_unix
        field_dict["transcription"] = transcription
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        recording_id = d.pop("recording_id")

        mime_type = d.pop("mime_type")

        size_bytes = d.pop("size_bytes")

        upload_date_unix = d.pop("upload_date_unix")

        transcription = d.pop("transcription")

        recording_response_model = cls(
            recording_id=recording_id,
            mime_type=mime_type,
            size_bytes=size_bytes,
            upload_date_unix=upload_date_unix,
            transcription=transcription,
        )
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
