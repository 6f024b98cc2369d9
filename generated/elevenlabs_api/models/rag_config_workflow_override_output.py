from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import EmbeddingModelEnum
from ..types import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    literal,
    union,
)


@_attrs_define(slots=False)
class RagConfigWorkflowOverrideOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    max_vector_distance: Maximum vector distance of retrieved chunks.
    max_documents_length: Maximum total length of document chunks retrieved from RAG.
    max_retrieved_rag_chunks_count: Maximum number of RAG document chunks to initially retrieve from the vector
        store. These are then further filtered by vector distance and total length.
    num_candidates: Number of candidates evaluated in ANN vector search. Higher number means better results, but
        higher latency. Minimum recommended value is 100. If disabled, the default value is used.
    query_rewrite_prompt_override: Custom prompt for rewriting user queries before RAG retrieval. The conversation
        history will be automatically appended at the end. If not set, the default prompt will be used.
    """

    enabled: bool | None | Unset = UNSET

    embedding_model: EmbeddingModelEnum | None | str | Unset = UNSET

    max_vector_distance: float | None | Unset = UNSET

    max_documents_length: int | None | Unset = UNSET

    max_retrieved_rag_chunks_count: int | None | Unset = UNSET

    num_candidates: int | None | Unset = UNSET

    query_rewrite_prompt_override: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("enabled", "enabled", union(BOOL, NULL)),
        Field("embedding_model", "embedding_model", union(literal("EmbeddingModelEnum"), NULL, STR)),
        Field("max_vector_distance", "max_vector_distance", union(FLOAT, NULL)),
        Field("max_documents_length", "max_documents_length", union(INT, NULL)),
        Field("max_retrieved_rag_chunks_count", "max_retrieved_rag_chunks_count", union(INT, NULL)),
        Field("num_candidates", "num_candidates", union(INT, NULL)),
        Field("query_rewrite_prompt_override", "query_rewrite_prompt_override", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
