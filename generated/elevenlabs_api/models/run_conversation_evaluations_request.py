from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
)
from ..models._literals import AnalysisScope
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class RunConversationEvaluationsRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    evaluation_id: ID of the single evaluation criterion to rerun.
    """

    evaluation_id: str

    scope: AnalysisScope | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("evaluation_id", "evaluation_id", STR, required=True),
        Field("scope", "scope", literal("AnalysisScope")),
        Field("additional_properties", None, dict_of(ANY)),
    )
