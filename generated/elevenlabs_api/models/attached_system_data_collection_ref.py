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
    literal,
    union,
)
from ..models._literals import AnalysisScope
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AttachedSystemDataCollectionRef(Lazy, AdditionalProperties[Any]):
    """Attributes:
    analysis_item_id: Id of the referenced built-in system data-collection item.
    scope: Transcript context ('conversation' or 'agent') used when running this item. Defaults to 'conversation' on
        the server.
    """

    source: Literal["system"] = _attrs_field(
        default="system",
        kw_only=True,
        validator=types.tag("AttachedSystemDataCollectionRef", "source", "system"),
    )

    analysis_item_id: Literal["__system_data_collection_topic"] = _attrs_field(
        default="__system_data_collection_topic",
        kw_only=True,
        validator=types.tag("AttachedSystemDataCollectionRef", "analysis_item_id", "__system_data_collection_topic"),
    )

    scope: AnalysisScope | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("source", "source", const("system"), required=True),
        Field("analysis_item_id", "analysis_item_id", const("__system_data_collection_topic"), required=True),
        Field("scope", "scope", union(literal("AnalysisScope"), STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )
