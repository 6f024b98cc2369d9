from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import AnalysisScope
from ..types import (
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)


@_attrs_define(slots=False)
class AgentPlatformSettingsResponseModelDataCollectionScopes(Lazy, AdditionalProperties["AnalysisScope | str"]):
    """Scope per data collection item ID. Missing keys default to conversation scope."""

    additional_properties: dict[str, AnalysisScope | str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(union(literal("AnalysisScope"), STR))),
    )
