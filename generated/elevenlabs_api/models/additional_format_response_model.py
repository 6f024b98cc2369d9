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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        requested_format = self.requested_format

        file_extension = self.file_extension

        content_type = self.content_type

        is_base64_encoded = self.is_base64_encoded

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if requested_format is not None or "requested_format" not in self._missing_fields:
            field_dict["requested_format"] = requested_format
        if file_extension is not None or "file_extension" not in self._missing_fields:
            field_dict["file_extension"] = file_extension
        if content_type is not None or "content_type" not in self._missing_fields:
            field_dict["content_type"] = content_type
        if is_base64_encoded is not None or "is_base64_encoded" not in self._missing_fields:
            field_dict["is_base64_encoded"] = is_base64_encoded
        if content is not None or "content" not in self._missing_fields:
            field_dict["content"] = content
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        requested_format = d.pop("requested_format", MISSING)
        if requested_format.__class__ is not str:
            if requested_format is MISSING:
                requested_format = missing_field(cls, "requested_format")
                _missing += ("requested_format",)
            else:
                requested_format = unexpected_type(cls, "requested_format", requested_format, "a string")

        file_extension = d.pop("file_extension", MISSING)
        if file_extension.__class__ is not str:
            if file_extension is MISSING:
                file_extension = missing_field(cls, "file_extension")
                _missing += ("file_extension",)
            else:
                file_extension = unexpected_type(cls, "file_extension", file_extension, "a string")

        content_type = d.pop("content_type", MISSING)
        if content_type.__class__ is not str:
            if content_type is MISSING:
                content_type = missing_field(cls, "content_type")
                _missing += ("content_type",)
            else:
                content_type = unexpected_type(cls, "content_type", content_type, "a string")

        is_base64_encoded = d.pop("is_base64_encoded", MISSING)
        if is_base64_encoded.__class__ is not bool:
            if is_base64_encoded is MISSING:
                is_base64_encoded = missing_field(cls, "is_base64_encoded")
                _missing += ("is_base64_encoded",)
            else:
                is_base64_encoded = unexpected_type(cls, "is_base64_encoded", is_base64_encoded, "a boolean")

        content = d.pop("content", MISSING)
        if content.__class__ is not str:
            if content is MISSING:
                content = missing_field(cls, "content")
                _missing += ("content",)
            else:
                content = unexpected_type(cls, "content", content, "a string")

        additional_format_response_model = cls(
            requested_format=requested_format,
            file_extension=file_extension,
            content_type=content_type,
            is_base64_encoded=is_base64_encoded,
            content=content,
        )
        if _missing:
            additional_format_response_model._missing_fields = _missing
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
