from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, FLOAT, INT, STR, AdditionalProperties, Field, Lazy, dict_of, literal, object_of, union
from ..models._literals import EmbeddingModelEnum, RagIndexStatus


@_attrs_define(slots=False)
class RagDocumentIndexResponseModel(Lazy, AdditionalProperties[Any]):
    id: str

    model: EmbeddingModelEnum | str

    status: RagIndexStatus | str

    progress_percentage: float

    document_model_index_usage: RagDocumentIndexUsage

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("model", "model", union(literal("EmbeddingModelEnum"), STR), required=True),
        Field("status", "status", union(literal("RagIndexStatus"), STR), required=True),
        Field("progress_percentage", "progress_percentage", FLOAT, required=True),
        Field(
            "document_model_index_usage",
            "document_model_index_usage",
            object_of("RagDocumentIndexUsage"),
            required=True,
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class RagDocumentIndexUsage(Lazy, AdditionalProperties[Any]):
    used_bytes: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("used_bytes", "used_bytes", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
