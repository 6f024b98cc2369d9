from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, missing_field

T = TypeVar("T", bound="ManualVerificationFileResponseModel")


@_attrs_define
class ManualVerificationFileResponseModel:
    """Example:
        {'file_id': 'CwhRBWXzGAHq8TQ4Fs18', 'file_name': 'file.mp3', 'mime_type': 'audio/mpeg', 'size_bytes': 1000000,
        'upload_date_unix': 1714204800}

    Attributes:
        file_id (str): The ID of the file.
        file_name (str): The name of the file.
        mime_type (str): The MIME type of the file.
        size_bytes (int): The size of the file in bytes.
        upload_date_unix (int): The date of the file in Unix time.
    """

    file_id: str

    file_name: str

    mime_type: str

    size_bytes: int

    upload_date_unix: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        file_name = self.file_name

        mime_type = self.mime_type

        size_bytes = self.size_bytes

        upload_date_unix = self.upload_date_unix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file_id is not None:
            field_dict["file_id"] = file_id
        if file_name is not None:
            field_dict["file_name"] = file_name
        if mime_type is not None:
            field_dict["mime_type"] = mime_type
        if size_bytes is not None:
            field_dict["size_bytes"] = size_bytes
        if upload_date_unix is not None:
            field_dict["upload_date_unix"] = upload_date_unix
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        file_id = d.pop("file_id", MISSING)
        if file_id is MISSING:
            file_id = missing_field(cls, "file_id")

        file_name = d.pop("file_name", MISSING)
        if file_name is MISSING:
            file_name = missing_field(cls, "file_name")

        mime_type = d.pop("mime_type", MISSING)
        if mime_type is MISSING:
            mime_type = missing_field(cls, "mime_type")

        size_bytes = d.pop("size_bytes", MISSING)
        if size_bytes is MISSING:
            size_bytes = missing_field(cls, "size_bytes")

        upload_date_unix = d.pop("upload_date_unix", MISSING)
        if upload_date_unix is MISSING:
            upload_date_unix = missing_field(cls, "upload_date_unix")

        manual_verification_file_response_model = cls(
            file_id=file_id,
            file_name=file_name,
            mime_type=mime_type,
            size_bytes=size_bytes,
            upload_date_unix=upload_date_unix,
        )
        manual_verification_file_response_model.additional_properties = d
        return manual_verification_file_response_model

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
