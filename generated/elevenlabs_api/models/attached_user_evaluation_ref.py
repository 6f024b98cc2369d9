from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    FLOAT,
    NULL,
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
from ..models._literals import AnalysisScope
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AttachedUserEvaluationRef(Lazy, AdditionalProperties[Any]):
    """Attributes:
    analysis_item_id: Id of the referenced user evaluation item.
    version_id: Primary item version whose result feeds scoring. None tracks the item's latest published version.
    additional_version_ids: Extra item versions to also run for comparison (A/B). These are executed and stored but
        excluded from scoring; the primary version_id is the one that scores.
    scope: Transcript context ('conversation' or 'agent') used when running this item. Defaults to 'conversation' on
        the server.
    weight: Optional relative weight for aggregate scoring.
    """

    source: Literal["user"] = _attrs_field(
        default="user",
        kw_only=True,
        validator=types.tag("AttachedUserEvaluationRef", "source", "user"),
    )

    analysis_item_id: str

    version_id: None | str | Unset = UNSET

    additional_version_ids: list[str] | Unset = UNSET

    scope: AnalysisScope | str | Unset = UNSET

    weight: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("source", "source", const("user"), required=True),
        Field("analysis_item_id", "analysis_item_id", STR, required=True),
        Field("version_id", "version_id", union(STR, NULL)),
        Field("additional_version_ids", "additional_version_ids", list_of(STR)),
        Field("scope", "scope", union(literal("AnalysisScope"), STR)),
        Field("weight", "weight", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
