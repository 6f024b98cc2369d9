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

T = TypeVar("T", bound="RagChunkMetadata")


@_attrs_define
class RagChunkMetadata:
    """Attributes:
    document_id (str):
    chunk_id (str):
    vector_distance (float):
    """

    document_id: str

    chunk_id: str

    vector_distance: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        chunk_id = self.chunk_id

        vector_distance = self.vector_distance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if document_id is not None or "document_id" not in self._missing_fields:
            field_dict["document_id"] = document_id
        if chunk_id is not None or "chunk_id" not in self._missing_fields:
            field_dict["chunk_id"] = chunk_id
        if vector_distance is not None or "vector_distance" not in self._missing_fields:
            field_dict["vector_distance"] = vector_distance
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        document_id = d.pop("document_id", MISSING)
        if document_id.__class__ is not str:
            if document_id is MISSING:
                document_id = missing_field(cls, "document_id")
                _missing += ("document_id",)
            else:
                document_id = unexpected_type(cls, "document_id", document_id, "a string")

        chunk_id = d.pop("chunk_id", MISSING)
        if chunk_id.__class__ is not str:
            if chunk_id is MISSING:
                chunk_id = missing_field(cls, "chunk_id")
                _missing += ("chunk_id",)
            else:
                chunk_id = unexpected_type(cls, "chunk_id", chunk_id, "a string")

        vector_distance = d.pop("vector_distance", MISSING)
        if vector_distance.__class__ is not float and vector_distance.__class__ is not int:
            if vector_distance is MISSING:
                vector_distance = missing_field(cls, "vector_distance")
                _missing += ("vector_distance",)
            else:
                vector_distance = unexpected_type(cls, "vector_distance", vector_distance, "a number")

        rag_chunk_metadata = cls(
            document_id=document_id,
            chunk_id=chunk_id,
            vector_distance=vector_distance,
        )
        if _missing:
            rag_chunk_metadata._missing_fields = _missing
        rag_chunk_metadata.additional_properties = d
        return rag_chunk_metadata

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
