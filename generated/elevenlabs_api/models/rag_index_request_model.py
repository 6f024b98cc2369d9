from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
)
from ..models._literals import EmbeddingModelEnum


@_attrs_define(slots=False)
class RagIndexRequestModel(Lazy, AdditionalProperties[Any]):
    model: EmbeddingModelEnum

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("model", "model", literal("EmbeddingModelEnum"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
