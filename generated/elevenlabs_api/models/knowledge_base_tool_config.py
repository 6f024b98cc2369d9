from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    union,
)
from ..models._literals import SearchStrategy
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class KnowledgeBaseToolConfig(Lazy, AdditionalProperties[Any]):
    """Attributes:
    system_tool_type:  Default: 'knowledge_base'.
    """

    system_tool_type: Literal["knowledge_base"] | Unset = _attrs_field(
        default="knowledge_base",
        kw_only=True,
        validator=types.tag("KnowledgeBaseToolConfig", "system_tool_type", "knowledge_base"),
    )

    enabled_strategies: list[SearchStrategy | str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("system_tool_type", "system_tool_type", const("knowledge_base")),
        Field("enabled_strategies", "enabled_strategies", list_of(union(literal("SearchStrategy"), STR))),
        Field("additional_properties", None, dict_of(ANY)),
    )
