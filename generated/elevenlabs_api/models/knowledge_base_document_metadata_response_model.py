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

T = TypeVar("T", bound="KnowledgeBaseDocumentMetadataResponseModel")


@_attrs_define
class KnowledgeBaseDocumentMetadataResponseModel:
    """Attributes:
    created_at_unix_secs (int):
    last_updated_at_unix_secs (int):
    size_bytes (int):
    """

    created_at_unix_secs: int

    last_updated_at_unix_secs: int

    size_bytes: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        created_at_unix_secs = self.created_at_unix_secs

        last_updated_at_unix_secs = self.last_updated_at_unix_secs

        size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_at_unix_secs is not None or "created_at_unix_secs" not in self._missing_fields:
            field_dict["created_at_unix_secs"] = created_at_unix_secs
        if last_updated_at_unix_secs is not None or "last_updated_at_unix_secs" not in self._missing_fields:
            field_dict["last_updated_at_unix_secs"] = last_updated_at_unix_secs
        if size_bytes is not None or "size_bytes" not in self._missing_fields:
            field_dict["size_bytes"] = size_bytes
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        created_at_unix_secs = d.pop("created_at_unix_secs", MISSING)
        if created_at_unix_secs.__class__ is not int:
            if created_at_unix_secs is MISSING:
                created_at_unix_secs = missing_field(cls, "created_at_unix_secs")
                _missing += ("created_at_unix_secs",)
            else:
                created_at_unix_secs = unexpected_type(cls, "created_at_unix_secs", created_at_unix_secs, "an integer")

        last_updated_at_unix_secs = d.pop("last_updated_at_unix_secs", MISSING)
        if last_updated_at_unix_secs.__class__ is not int:
            if last_updated_at_unix_secs is MISSING:
                last_updated_at_unix_secs = missing_field(cls, "last_updated_at_unix_secs")
                _missing += ("last_updated_at_unix_secs",)
            else:
                last_updated_at_unix_secs = unexpected_type(
                    cls, "last_updated_at_unix_secs", last_updated_at_unix_secs, "an integer"
                )

        size_bytes = d.pop("size_bytes", MISSING)
        if size_bytes.__class__ is not int:
            if size_bytes is MISSING:
                size_bytes = missing_field(cls, "size_bytes")
                _missing += ("size_bytes",)
            else:
                size_bytes = unexpected_type(cls, "size_bytes", size_bytes, "an integer")

        knowledge_base_document_metadata_response_model = cls(
            created_at_unix_secs=created_at_unix_secs,
            last_updated_at_unix_secs=last_updated_at_unix_secs,
            size_bytes=size_bytes,
        )
        if _missing:
            knowledge_base_document_metadata_response_model._missing_fields = _missing
        knowledge_base_document_metadata_response_model.additional_properties = d
        return knowledge_base_document_metadata_response_model

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
