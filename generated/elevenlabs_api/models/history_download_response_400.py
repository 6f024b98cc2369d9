from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="HistoryDownloadResponse400")


@_attrs_define
class HistoryDownloadResponse400:
    """Attributes:
    error (str | Unset):
    message (str | Unset):
    """

    error: str | Unset = UNSET

    message: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        error = d.pop("error", UNSET)
        if error.__class__ is not str and error is not UNSET:
            error = unexpected_type(cls, "error", error, "a string")

        message = d.pop("message", UNSET)
        if message.__class__ is not str and message is not UNSET:
            message = unexpected_type(cls, "message", message, "a string")

        history_download_response_400 = cls(
            error=error,
            message=message,
        )
        history_download_response_400.additional_properties = d
        return history_download_response_400

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
