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

T = TypeVar("T", bound="KnowledgeBaseRagChunkModel")


@_attrs_define
class KnowledgeBaseRagChunkModel:
    """Attributes:
    chunk_id (str):
    document_id (str):
    content (str):
    """

    chunk_id: str

    document_id: str

    content: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        chunk_id = self.chunk_id

        document_id = self.document_id

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if chunk_id is not None or "chunk_id" not in self._missing_fields:
            field_dict["chunk_id"] = chunk_id
        if document_id is not None or "document_id" not in self._missing_fields:
            field_dict["document_id"] = document_id
        if content is not None or "content" not in self._missing_fields:
            field_dict["content"] = content
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        chunk_id = d.pop("chunk_id", MISSING)
        if chunk_id.__class__ is not str:
            if chunk_id is MISSING:
                chunk_id = missing_field(cls, "chunk_id")
                _missing += ("chunk_id",)
            else:
                chunk_id = unexpected_type(cls, "chunk_id", chunk_id, "a string")

        document_id = d.pop("document_id", MISSING)
        if document_id.__class__ is not str:
            if document_id is MISSING:
                document_id = missing_field(cls, "document_id")
                _missing += ("document_id",)
            else:
                document_id = unexpected_type(cls, "document_id", document_id, "a string")

        content = d.pop("content", MISSING)
        if content.__class__ is not str:
            if content is MISSING:
                content = missing_field(cls, "content")
                _missing += ("content",)
            else:
                content = unexpected_type(cls, "content", content, "a string")

        knowledge_base_rag_chunk_model = cls(
            chunk_id=chunk_id,
            document_id=document_id,
            content=content,
        )
        if _missing:
            knowledge_base_rag_chunk_model._missing_fields = _missing
        knowledge_base_rag_chunk_model.additional_properties = d
        return knowledge_base_rag_chunk_model

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
