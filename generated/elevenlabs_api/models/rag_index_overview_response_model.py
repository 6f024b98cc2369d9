from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, INT, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, literal, object_of, union
from ..models._literals import EmbeddingModelEnum


@_attrs_define(slots=False)
class RagIndexOverviewResponseModel(Lazy, AdditionalProperties[Any]):
    total_used_bytes: int

    total_max_bytes: int

    models: list[RagIndexOverviewEmbeddingModelResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("total_used_bytes", "total_used_bytes", INT, required=True),
        Field("total_max_bytes", "total_max_bytes", INT, required=True),
        Field("models", "models", list_of(object_of("RagIndexOverviewEmbeddingModelResponseModel")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class RagIndexOverviewEmbeddingModelResponseModel(Lazy, AdditionalProperties[Any]):
    model: EmbeddingModelEnum | str

    used_bytes: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("model", "model", union(literal("EmbeddingModelEnum"), STR), required=True),
        Field("used_bytes", "used_bytes", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
