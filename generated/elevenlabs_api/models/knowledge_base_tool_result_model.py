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
    literal,
    union,
)
from ..models._literals import KnowledgeBaseToolStatus
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class KnowledgeBaseToolResultModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    result_type:  Default: 'knowledge_base_success'.
    status: Defaults to 'success' on the server.
    chunk_count: Defaults to 0 on the server.
    message: Defaults to 'Referenced knowledge base.' on the server.
    """

    result_type: Literal["knowledge_base_success"] | Unset = _attrs_field(
        default="knowledge_base_success",
        kw_only=True,
        validator=types.tag("KnowledgeBaseToolResultModel", "result_type", "knowledge_base_success"),
    )

    status: KnowledgeBaseToolStatus | str | Unset = UNSET

    chunk_count: int | Unset = UNSET

    message: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("result_type", "result_type", const("knowledge_base_success")),
        Field("status", "status", union(literal("KnowledgeBaseToolStatus"), STR)),
        Field("chunk_count", "chunk_count", INT),
        Field("message", "message", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )
