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
    literal,
    union,
)
from ..models._literals import (
    AnalysisScope,
    AttachedSystemEvaluationRefAnalysisItemIdType0,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AttachedSystemEvaluationRef(Lazy, AdditionalProperties[Any]):
    """Attributes:
    analysis_item_id: Id of the referenced built-in system evaluation.
    scope: Transcript context ('conversation' or 'agent') used when running this item. Defaults to 'conversation' on
        the server.
    weight: Optional relative weight for aggregate scoring.
    """

    source: Literal["system"] = _attrs_field(
        default="system",
        kw_only=True,
        validator=types.tag("AttachedSystemEvaluationRef", "source", "system"),
    )

    analysis_item_id: AttachedSystemEvaluationRefAnalysisItemIdType0 | str

    scope: AnalysisScope | str | Unset = UNSET

    weight: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("source", "source", const("system"), required=True),
        Field(
            "analysis_item_id",
            "analysis_item_id",
            union(literal("AttachedSystemEvaluationRefAnalysisItemIdType0"), STR),
            required=True,
        ),
        Field("scope", "scope", union(literal("AnalysisScope"), STR)),
        Field("weight", "weight", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
