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
    list_of,
    literal,
)
from ..models._literals import SearchStrategy
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class KnowledgeBaseToolInfo(Lazy, AdditionalProperties[Any]):
    """Attributes:
    enabled_strategies: Search strategies exposed to the model. Must be non-empty.
    """

    enabled_strategies: list[SearchStrategy] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("enabled_strategies", "enabled_strategies", list_of(literal("SearchStrategy"))),
        Field("additional_properties", None, dict_of(ANY)),
    )
