from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_success_result import EvaluationSuccessResult
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


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class EvaluationCriteriaSummaryResult(Lazy, AdditionalProperties[Any]):
    """Attributes:
    result (EvaluationSuccessResult | str):
    score (int | None | Unset):
    max_score (int | None | Unset):
    """

    result: EvaluationSuccessResult | str

    score: int | None | Unset = UNSET

    max_score: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("result", "result", union(literal("EvaluationSuccessResult"), STR), required=True),
        Field("score", "score", union(INT, NULL)),
        Field("max_score", "max_score", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
