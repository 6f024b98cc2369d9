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
    union,
)
from ..models._literals import EvaluationSuccessResult


@_attrs_define(slots=False)
class ConversationHistoryEvaluationCriteriaResultCommonModel(Lazy, AdditionalProperties[Any]):
    criteria_id: str

    result: EvaluationSuccessResult | str

    rationale: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("criteria_id", "criteria_id", STR, required=True),
        Field("result", "result", union(literal("EvaluationSuccessResult"), STR), required=True),
        Field("rationale", "rationale", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
