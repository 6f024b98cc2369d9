from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentKnowledgeBaseRagQueryResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentKnowledgeBaseRagQueryResponseModel(Lazy):
    """Example:
        {'chunks': [{'chunk_id': 'chunk_498cjVigY5qzO86Huf0OWal', 'content_format': 'html', 'document_id':
        'doc_J3Pbu5gP6NNKBscdCdwB', 'document_name': 'Account FAQ', 'document_type': 'file', 'text': 'To reset your
        password, open Settings and choose Security...', 'vector_distance': 0.21}], 'retrieval_query': 'How do I reset
        my password?'}

    Attributes:
        retrieval_query (str): Raw query used for retrieval (echoes the request query).
        chunks (list[AgentKnowledgeBaseRagChunkResponseModel]): Ranked chunks the agent would retrieve, after distance
            and length filtering.
    """

    retrieval_query: str

    chunks: list[AgentKnowledgeBaseRagChunkResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "retrieval_query",
        "chunks",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        retrieval_query = self.retrieval_query

        chunks: Any
        try:
            chunks = []
            for chunks_item_data in self.chunks:
                chunks_item = chunks_item_data.to_dict()
                chunks.append(chunks_item)

        except (AttributeError, TypeError):
            chunks = self.chunks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if retrieval_query is not None or "retrieval_query" not in self._missing_fields:
            field_dict["retrieval_query"] = retrieval_query
        if chunks is not None or "chunks" not in self._missing_fields:
            field_dict["chunks"] = chunks
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_knowledge_base_rag_query_response_model = cls.__new__(cls)
        agent_knowledge_base_rag_query_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return agent_knowledge_base_rag_query_response_model

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


_read_retrieval_query = plain_reader("retrieval_query", (str,), "a string", True)


def _read_chunks(cls: type[AgentKnowledgeBaseRagQueryResponseModel], d: Mapping[str, Any]) -> Any:
    chunks_raw = d.get("chunks", MISSING)
    if chunks_raw is MISSING:
        chunks = missing_field(cls, "chunks")
    else:
        try:
            expect_array("chunks", chunks_raw)
            chunks = []
            _chunks = chunks_raw
            for chunks_item_data in _chunks:
                chunks_item = AgentKnowledgeBaseRagChunkResponseModel.from_dict(chunks_item_data)

                chunks.append(chunks_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            chunks = deviating_field(cls, "chunks", chunks_raw)

    return chunks


_FIELDS: frozenset[str] = frozenset(
    (
        "retrieval_query",
        "chunks",
    )
)


def _read_additional_properties(
    cls: type[AgentKnowledgeBaseRagQueryResponseModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AgentKnowledgeBaseRagQueryResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    retrieval_query = d.get("retrieval_query", MISSING)
    if retrieval_query.__class__ is not str:
        retrieval_query = _read_retrieval_query(cls, d)

    if "chunks" in known:
        chunks = known["chunks"]
    else:
        chunks = _read_chunks(cls, d)

    return {
        "retrieval_query": retrieval_query,
        "chunks": chunks,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AgentKnowledgeBaseRagQueryResponseModel,
    _all_fields,
    {
        "retrieval_query": _read_retrieval_query,
        "chunks": _read_chunks,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_knowledge_base_rag_chunk_response_model import AgentKnowledgeBaseRagChunkResponseModel
