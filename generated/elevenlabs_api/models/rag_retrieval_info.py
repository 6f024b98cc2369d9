from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embedding_model_enum import EmbeddingModelEnum

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

    def to_dict(self) -> dict[str, Any]:
        chunks = []
        for chunks_item_data in self.chunks:
            chunks_item = chunks_item_data.to_dict()
            chunks.append(chunks_item)

        embedding_model: str
        if isinstance(self.embedding_model, str):
            embedding_model = self.embedding_model
        else:
            embedding_model = self.embedding_model

        retrieval_query = self.retrieval_query

        rag_latency_secs = self.rag_latency_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["chunks"] = chunks
        field_dict["embedding_model"] = embedding_model
        field_dict["retrieval_query"] = retrieval_query
        field_dict["rag_latency_secs"] = rag_latency_secs
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        chunks = []
        _chunks = d.pop("chunks")
        for chunks_item_data in _chunks:
            chunks_item = RagChunkMetadata.from_dict(chunks_item_data)

            chunks.append(chunks_item)

        embedding_model = d.pop("embedding_model")

        retrieval_query = d.pop("retrieval_query")

        rag_latency_secs = d.pop("rag_latency_secs")

        rag_retrieval_info = cls(
            chunks=chunks,
            embedding_model=embedding_model,
            retrieval_query=retrieval_query,
            rag_latency_secs=rag_latency_secs,
        )
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
