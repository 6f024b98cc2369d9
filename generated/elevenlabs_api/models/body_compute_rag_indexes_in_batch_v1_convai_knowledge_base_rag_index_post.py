from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, BOOL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, literal, object_of
from ..models._literals import EmbeddingModelEnum


@_attrs_define(slots=False)
class BodyComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    items: List of requested RAG indexes. Minimum 1, maximum 100 items.
    """

    items: list[GetOrCreateRagIndexRequestModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("items", "items", list_of(object_of("GetOrCreateRagIndexRequestModel")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class GetOrCreateRagIndexRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    document_id: ID of the knowledgebase document for which to retrieve the index
    create_if_missing: Whether to create the RAG index if it does not exist
    """

    document_id: str

    create_if_missing: bool

    model: EmbeddingModelEnum

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("document_id", "document_id", STR, required=True),
        Field("create_if_missing", "create_if_missing", BOOL, required=True),
        Field("model", "model", literal("EmbeddingModelEnum"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
