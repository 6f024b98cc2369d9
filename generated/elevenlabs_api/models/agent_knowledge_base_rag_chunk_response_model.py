from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ContentFormat,
    KnowledgeBaseDocumentType,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentKnowledgeBaseRagChunkResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentKnowledgeBaseRagChunkResponseModel(Lazy):
    """Attributes:
    document_id (str): ID of the source knowledge base document.
    document_name (str): Name of the source knowledge base document.
    chunk_id (str): ID of the retrieved chunk.
    text (str): Text content of the retrieved chunk.
    vector_distance (float | None): Similarity distance when exposed by the retrieval strategy.
    content_format (ContentFormat | str): Format of the chunk text. Markdown chunks contain raw markdown; HTML
        chunks contain HTML.
    document_type (KnowledgeBaseDocumentType | str): Type of the source knowledge base document.
    """

    document_id: str

    document_name: str

    chunk_id: str

    text: str

    vector_distance: float | None = _attrs_field(default=None, kw_only=True)

    content_format: ContentFormat | str

    document_type: KnowledgeBaseDocumentType | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "document_id",
        "document_name",
        "chunk_id",
        "text",
        "vector_distance",
        "content_format",
        "document_type",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        document_id = self.document_id

        document_name = self.document_name

        chunk_id = self.chunk_id

        text = self.text

        vector_distance: Any
        try:
            vector_distance = self.vector_distance

        except (AttributeError, TypeError):
            vector_distance = self.vector_distance

        content_format: Any
        try:
            if isinstance(self.content_format, str):
                content_format = self.content_format
            else:
                content_format = self.content_format

        except (AttributeError, TypeError):
            content_format = self.content_format

        document_type: Any
        try:
            if isinstance(self.document_type, str):
                document_type = self.document_type
            else:
                document_type = self.document_type

        except (AttributeError, TypeError):
            document_type = self.document_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if document_id is not None or "document_id" not in self._missing_fields:
            field_dict["document_id"] = document_id
        if document_name is not None or "document_name" not in self._missing_fields:
            field_dict["document_name"] = document_name
        if chunk_id is not None or "chunk_id" not in self._missing_fields:
            field_dict["chunk_id"] = chunk_id
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if vector_distance is not None or "vector_distance" not in self._missing_fields:
            field_dict["vector_distance"] = vector_distance
        if content_format is not None or "content_format" not in self._missing_fields:
            field_dict["content_format"] = content_format
        if document_type is not None or "document_type" not in self._missing_fields:
            field_dict["document_type"] = document_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_knowledge_base_rag_chunk_response_model = cls.__new__(cls)
        agent_knowledge_base_rag_chunk_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return agent_knowledge_base_rag_chunk_response_model

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


_read_document_id = plain_reader("document_id", (str,), "a string", True)

_read_document_name = plain_reader("document_name", (str,), "a string", True)

_read_chunk_id = plain_reader("chunk_id", (str,), "a string", True)

_read_text = plain_reader("text", (str,), "a string", True)

_read_vector_distance = plain_reader(
    "vector_distance",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    True,
)

_read_content_format = plain_reader("content_format", (str,), "a string", True)

_read_document_type = plain_reader("document_type", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "document_id",
        "document_name",
        "chunk_id",
        "text",
        "vector_distance",
        "content_format",
        "document_type",
    )
)


def _read_additional_properties(
    cls: type[AgentKnowledgeBaseRagChunkResponseModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AgentKnowledgeBaseRagChunkResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    document_id = d.get("document_id", MISSING)
    if document_id.__class__ is not str:
        document_id = _read_document_id(cls, d)

    document_name = d.get("document_name", MISSING)
    if document_name.__class__ is not str:
        document_name = _read_document_name(cls, d)

    chunk_id = d.get("chunk_id", MISSING)
    if chunk_id.__class__ is not str:
        chunk_id = _read_chunk_id(cls, d)

    text = d.get("text", MISSING)
    if text.__class__ is not str:
        text = _read_text(cls, d)

    vector_distance = d.get("vector_distance", MISSING)
    if vector_distance.__class__ is not float and vector_distance.__class__ is not int and vector_distance is not None:
        vector_distance = _read_vector_distance(cls, d)

    content_format = d.get("content_format", MISSING)
    if content_format.__class__ is not str:
        content_format = _read_content_format(cls, d)

    document_type = d.get("document_type", MISSING)
    if document_type.__class__ is not str:
        document_type = _read_document_type(cls, d)

    return {
        "document_id": document_id,
        "document_name": document_name,
        "chunk_id": chunk_id,
        "text": text,
        "vector_distance": vector_distance,
        "content_format": content_format,
        "document_type": document_type,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AgentKnowledgeBaseRagChunkResponseModel,
    _all_fields,
    {
        "document_id": _read_document_id,
        "document_name": _read_document_name,
        "chunk_id": _read_chunk_id,
        "text": _read_text,
        "vector_distance": _read_vector_distance,
        "content_format": _read_content_format,
        "document_type": _read_document_type,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
