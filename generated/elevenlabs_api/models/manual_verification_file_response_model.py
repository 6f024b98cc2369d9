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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        file_name = self.file_name

        mime_type = self.mime_type

        size_bytes = self.size_bytes

        upload_date_unix = self.upload_date_unix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file_id is not None or "file_id" not in self._missing_fields:
            field_dict["file_id"] = file_id
        if file_name is not None or "file_name" not in self._missing_fields:
            field_dict["file_name"] = file_name
        if mime_type is not None or "mime_type" not in self._missing_fields:
            field_dict["mime_type"] = mime_type
        if size_bytes is not None or "size_bytes" not in self._missing_fields:
            field_dict["size_bytes"] = size_bytes
        if upload_date_unix is not None or "upload_date_unix" not in self._missing_fields:
            field_dict["upload_date_unix"] = upload_date_unix
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        file_id = d.pop("file_id", MISSING)
        if file_id.__class__ is not str:
            if file_id is MISSING:
                file_id = missing_field(cls, "file_id")
                _missing += ("file_id",)
            else:
                file_id = unexpected_type(cls, "file_id", file_id, "a string")

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

        upload_date_unix = d.pop("upload_date_unix", MISSING)
        if upload_date_unix.__class__ is not int:
            if upload_date_unix is MISSING:
                upload_date_unix = missing_field(cls, "upload_date_unix")
                _missing += ("upload_date_unix",)
            else:
                upload_date_unix = unexpected_type(cls, "upload_date_unix", upload_date_unix, "an integer")

        manual_verification_file_response_model = cls(
            file_id=file_id,
            file_name=file_name,
            mime_type=mime_type,
            size_bytes=size_bytes,
            upload_date_unix=upload_date_unix,
        )
        if _missing:
            manual_verification_file_response_model._missing_fields = _missing
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
