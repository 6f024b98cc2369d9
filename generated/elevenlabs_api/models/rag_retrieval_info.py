from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, FLOAT, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, literal, object_of, union
from ..models._literals import EmbeddingModelEnum


@_attrs_define(slots=False)
class RagRetrievalInfo(Lazy, AdditionalProperties[Any]):
    chunks: list[RagChunkMetadata]

    embedding_model: EmbeddingModelEnum | str

    retrieval_query: str

    rag_latency_secs: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("chunks", "chunks", list_of(object_of("RagChunkMetadata")), required=True),
        Field("embedding_model", "embedding_model", union(literal("EmbeddingModelEnum"), STR), required=True),
        Field("retrieval_query", "retrieval_query", STR, required=True),
        Field("rag_latency_secs", "rag_latency_secs", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class RagChunkMetadata(Lazy, AdditionalProperties[Any]):
    document_id: str

    chunk_id: str

    vector_distance: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("document_id", "document_id", STR, required=True),
        Field("chunk_id", "chunk_id", STR, required=True),
        Field("vector_distance", "vector_distance", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
