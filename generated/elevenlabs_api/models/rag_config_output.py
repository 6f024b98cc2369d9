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
class RagConfigOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    enabled: Defaults to False on the server.
    embedding_model: Defaults to 'e5_mistral_7b_instruct' on the server.
    max_vector_distance: Maximum vector distance of retrieved chunks. Defaults to 0.6 on the server.
    max_documents_length: Maximum total length of document chunks retrieved from RAG. Defaults to 50000 on the
        server.
    max_retrieved_rag_chunks_count: Maximum number of RAG document chunks to initially retrieve from the vector
        store. These are then further filtered by vector distance and total length. Defaults to 20 on the server.
    num_candidates: Number of candidates evaluated in ANN vector search. Higher number means better results, but
        higher latency. Minimum recommended value is 100. If disabled, the default value is used.
    query_rewrite_prompt_override: Custom prompt for rewriting user queries before RAG retrieval. The conversation
        history will be automatically appended at the end. If not set, the default prompt will be used.
    """

    enabled: bool | Unset = UNSET

    embedding_model: EmbeddingModelEnum | str | Unset = UNSET

    max_vector_distance: float | Unset = UNSET

    max_documents_length: int | Unset = UNSET

    max_retrieved_rag_chunks_count: int | Unset = UNSET

    num_candidates: int | None | Unset = UNSET

    query_rewrite_prompt_override: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("enabled", "enabled", BOOL),
        Field("embedding_model", "embedding_model", union(literal("EmbeddingModelEnum"), STR)),
        Field("max_vector_distance", "max_vector_distance", FLOAT),
        Field("max_documents_length", "max_documents_length", INT),
        Field("max_retrieved_rag_chunks_count", "max_retrieved_rag_chunks_count", INT),
        Field("num_candidates", "num_candidates", union(INT, NULL)),
        Field("query_rewrite_prompt_override", "query_rewrite_prompt_override", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
