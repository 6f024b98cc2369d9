from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import EmbeddingModelEnum
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

T = TypeVar("T", bound="RagRetrievalInfo")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class RagRetrievalInfo(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "chunks",
        "embedding_model",
        "retrieval_query",
        "rag_latency_secs",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        rag_retrieval_info = cls.__new__(cls)
        rag_retrieval_info.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


def _read_chunks(cls: type[RagRetrievalInfo], d: Mapping[str, Any]) -> Any:
    chunks_raw = d.get("chunks", MISSING)
    if chunks_raw is MISSING:
        chunks = missing_field(cls, "chunks")
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

    return chunks


_read_embedding_model = plain_reader("embedding_model", (str,), "a string", True)

_read_retrieval_query = plain_reader("retrieval_query", (str,), "a string", True)

_read_rag_latency_secs = plain_reader(
    "rag_latency_secs",
    (
        float,
        int,
    ),
    "a number",
    True,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "chunks",
        "embedding_model",
        "retrieval_query",
        "rag_latency_secs",
    )
)


def _read_additional_properties(cls: type[RagRetrievalInfo], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[RagRetrievalInfo], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "chunks" in known:
        chunks = known["chunks"]
    else:
        chunks = _read_chunks(cls, d)

    embedding_model = d.get("embedding_model", MISSING)
    if embedding_model.__class__ is not str:
        embedding_model = _read_embedding_model(cls, d)

    retrieval_query = d.get("retrieval_query", MISSING)
    if retrieval_query.__class__ is not str:
        retrieval_query = _read_retrieval_query(cls, d)

    rag_latency_secs = d.get("rag_latency_secs", MISSING)
    if rag_latency_secs.__class__ is not float and rag_latency_secs.__class__ is not int:
        rag_latency_secs = _read_rag_latency_secs(cls, d)

    return {
        "chunks": chunks,
        "embedding_model": embedding_model,
        "retrieval_query": retrieval_query,
        "rag_latency_secs": rag_latency_secs,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    RagRetrievalInfo,
    _all_fields,
    {
        "chunks": _read_chunks,
        "embedding_model": _read_embedding_model,
        "retrieval_query": _read_retrieval_query,
        "rag_latency_secs": _read_rag_latency_secs,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.rag_chunk_metadata import RagChunkMetadata
