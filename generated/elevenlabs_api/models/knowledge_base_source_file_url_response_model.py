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

T = TypeVar("T", bound="KnowledgeBaseSourceFileUrlResponseModel")


@_attrs_define
class KnowledgeBaseSourceFileUrlResponseModel:
    """Attributes:
    signed_url (str): Signed URL to download the source file directly
    """

    signed_url: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        signed_url = self.signed_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if signed_url is not None or "signed_url" not in self._missing_fields:
            field_dict["signed_url"] = signed_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        signed_url = d.pop("signed_url", MISSING)
        if signed_url.__class__ is not str:
            if signed_url is MISSING:
                signed_url = missing_field(cls, "signed_url")
                _missing += ("signed_url",)
            else:
                signed_url = unexpected_type(cls, "signed_url", signed_url, "a string")

        knowledge_base_source_file_url_response_model = cls(
            signed_url=signed_url,
        )
        if _missing:
            knowledge_base_source_file_url_response_model._missing_fields = _missing
        knowledge_base_source_file_url_response_model.additional_properties = d
        return knowledge_base_source_file_url_response_model

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
