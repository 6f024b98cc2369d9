from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)
from ..types import Unset


@_attrs_define(slots=False)
class KnowledgeBaseRagToolConfig(Lazy, AdditionalProperties[Any]):
    """Attributes:
    system_tool_type:  Default: 'knowledge_base_rag'.
    """

    system_tool_type: Literal["knowledge_base_rag"] | Unset = _attrs_field(
        default="knowledge_base_rag",
        kw_only=True,
        validator=types.tag("KnowledgeBaseRagToolConfig", "system_tool_type", "knowledge_base_rag"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("system_tool_type", "system_tool_type", const("knowledge_base_rag")),
        Field("additional_properties", None, dict_of(ANY)),
    )
