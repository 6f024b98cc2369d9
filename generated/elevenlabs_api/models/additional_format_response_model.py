from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, missing_field

T = TypeVar("T", bound="AdditionalFormatResponseModel")


@_attrs_define
class AdditionalFormatResponseModel:
    """Attributes:
    requested_format (str): The requested format.
    file_extension (str): The file extension of the additional format.
    content_type (str): The content type of the additional format.
    is_base64_encoded (bool): Whether the content is base64 encoded.
    content (str): The content of the additional format.
    """

    requested_format: str

    file_extension: str

    content_type: str

    is_base64_encoded: bool

    content: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requested_format = self.requested_format

        file_extension = self.file_extension

        content_type = self.content_type

        is_base64_encoded = self.is_base64_encoded

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if requested_format is not None:
            field_dict["requested_format"] = requested_format
        if file_extension is not None:
            field_dict["file_extension"] = file_extension
        if content_type is not None:
            field_dict["content_type"] = content_type
        if is_base64_encoded is not None:
            field_dict["is_base64_encoded"] = is_base64_encoded
        if content is not None:
            field_dict["content"] = content
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        requested_format = d.pop("requested_format", MISSING)
        if requested_format is MISSING:
            requested_format = missing_field(cls, "requested_format")

        file_extension = d.pop("file_extension", MISSING)
        if file_extension is MISSING:
            file_extension = missing_field(cls, "file_extension")

        content_type = d.pop("content_type", MISSING)
        if content_type is MISSING:
            content_type = missing_field(cls, "content_type")

        is_base64_encoded = d.pop("is_base64_encoded", MISSING)
        if is_base64_encoded is MISSING:
            is_base64_encoded = missing_field(cls, "is_base64_encoded")

        content = d.pop("content", MISSING)
        if content is MISSING:
            content = missing_field(cls, "content")

        additional_format_response_model = cls(
            requested_format=requested_format,
            file_extension=file_extension,
            content_type=content_type,
            is_base64_encoded=is_base64_encoded,
            content=content,
        )
        additional_format_response_model.additional_properties = d
        return additional_format_response_model

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
