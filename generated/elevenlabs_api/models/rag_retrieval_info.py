from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embedding_model_enum import EmbeddingModelEnum
from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="RagRetrievalInfo")


@_attrs_define
class RagRetrievalInfo:
    """Attributes:
    chunks (list[RagChunkMetadata]):
    embedding_model (EmbeddingModelEnum | str):
    retrieval_query (str):
    rag_latency_secs (float):
    """

    chunks: list[RagChunkMetadata]

    embedding_model: EmbeddingModelEnum | str

    retrieval_query: str

    rag_latency_secs: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        chunks: Any
        try:
            chunks = []
            for chunks_item_data in self.chunks:
                chunks_item = chunks_item_data.to_dict()
                chunks.append(chunks_item)

        except (AttributeError, TypeError):
            chunks = self.chunks

        embedding_model: Any
        try:
            if isinstance(self.embedding_model, str):
                embedding_model = self.embedding_model
            else:
                embedding_model = self.embedding_model

        except (AttributeError, TypeError):
            embedding_model = self.embedding_model

        retrieval_query = self.retrieval_query

        rag_latency_secs = self.rag_latency_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if chunks is not None or "chunks" not in self._missing_fields:
            field_dict["chunks"] = chunks
        if embedding_model is not None or "embedding_model" not in self._missing_fields:
            field_dict["embedding_model"] = embedding_model
        if retrieval_query is not None or "retrieval_query" not in self._missing_fields:
            field_dict["retrieval_query"] = retrieval_query
        if rag_latency_secs is not None or "rag_latency_secs" not in self._missing_fields:
            field_dict["rag_latency_secs"] = rag_latency_secs
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        chunks_raw = d.pop("chunks", MISSING)
        if chunks_raw is MISSING:
            chunks = missing_field(cls, "chunks")
            _missing += ("chunks",)
        else:
            try:
                expect_array("chunks", chunks_raw)
                chunks = []
                _chunks = chunks_raw
                for chunks_item_data in _chunks:
                    chunks_item = RagChunkMetadata.from_dict(chunks_item_data)

                    chunks.append(chunks_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                chunks = deviating_field(cls, "chunks", chunks_raw)

        embedding_model = d.pop("embedding_model", MISSING)
        if embedding_model.__class__ is not str:
            if embedding_model is MISSING:
                embedding_model = missing_field(cls, "embedding_model")
                _missing += ("embedding_model",)
            else:
                embedding_model = unexpected_type(cls, "embedding_model", embedding_model, "a string")

        retrieval_query = d.pop("retrieval_query", MISSING)
        if retrieval_query.__class__ is not str:
            if retrieval_query is MISSING:
                retrieval_query = missing_field(cls, "retrieval_query")
                _missing += ("retrieval_query",)
            else:
                retrieval_query = unexpected_type(cls, "retrieval_query", retrieval_query, "a string")

        rag_latency_secs = d.pop("rag_latency_secs", MISSING)
        if rag_latency_secs.__class__ is not float and rag_latency_secs.__class__ is not int:
            if rag_latency_secs is MISSING:
                rag_latency_secs = missing_field(cls, "rag_latency_secs")
                _missing += ("rag_latency_secs",)
            else:
                rag_latency_secs = unexpected_type(cls, "rag_latency_secs", rag_latency_secs, "a number")

        rag_retrieval_info = cls(
            chunks=chunks,
            embedding_model=embedding_model,
            retrieval_query=retrieval_query,
            rag_latency_secs=rag_latency_secs,
        )
        if _missing:
            rag_retrieval_info._missing_fields = _missing
        rag_retrieval_info.additional_properties = d
        return rag_retrieval_info

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.rag_chunk_metadata import RagChunkMetadata
