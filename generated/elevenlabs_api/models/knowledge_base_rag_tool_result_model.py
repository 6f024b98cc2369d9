from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import KnowledgeBaseRagToolStatus
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class KnowledgeBaseRagToolResultModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    result_type:  Default: 'knowledge_base_rag_success'.
    status: Defaults to 'success' on the server.
    chunk_count: Number of relevant chunks retrieved Defaults to 0 on the server.
    message: Human-readable status for the LLM about the search results Defaults to 'Referenced knowledge base.' on
        the server.
    chunks: Retrieved chunks; populated only in the rag-result-in-tool-result mode
    """

    result_type: Literal["knowledge_base_rag_success"] | Unset = _attrs_field(
        default="knowledge_base_rag_success",
        kw_only=True,
        validator=types.tag("KnowledgeBaseRagToolResultModel", "result_type", "knowledge_base_rag_success"),
    )

    status: KnowledgeBaseRagToolStatus | str | Unset = UNSET

    chunk_count: int | Unset = UNSET

    message: str | Unset = UNSET

    chunks: list[KnowledgeBaseRagChunkModel] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("result_type", "result_type", const("knowledge_base_rag_success")),
        Field("status", "status", union(literal("KnowledgeBaseRagToolStatus"), STR)),
        Field("chunk_count", "chunk_count", INT),
        Field("message", "message", STR),
        Field("chunks", "chunks", list_of(object_of("KnowledgeBaseRagChunkModel"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class KnowledgeBaseRagChunkModel(Lazy, AdditionalProperties[Any]):
    chunk_id: str

    document_id: str

    content: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("chunk_id", "chunk_id", STR, required=True),
        Field("document_id", "document_id", STR, required=True),
        Field("content", "content", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
