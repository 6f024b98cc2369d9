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

T = TypeVar("T", bound="ConvAIFileUploadResponseModel")


@_attrs_define
class ConvAIFileUploadResponseModel:
    """Attributes:
    file_id (str):
    """

    file_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file_id is not None or "file_id" not in self._missing_fields:
            field_dict["file_id"] = file_id
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

        conv_ai_file_upload_response_model = cls(
            file_id=file_id,
        )
        if _missing:
            conv_ai_file_upload_response_model._missing_fields = _missing
        conv_ai_file_upload_response_model.additional_properties = d
        return conv_ai_file_upload_response_model

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
