from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import EvaluationSuccessResult
from ..types import (
    ANY,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    literal,
    union,
)


@_attrs_define(slots=False)
class EvaluationCriteriaSummaryResult(Lazy, AdditionalProperties[Any]):
    result: EvaluationSuccessResult | str

    score: int | None | Unset = UNSET

    max_score: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("result", "result", union(literal("EvaluationSuccessResult"), STR), required=True),
        Field("score", "score", union(INT, NULL)),
        Field("max_score", "max_score", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
