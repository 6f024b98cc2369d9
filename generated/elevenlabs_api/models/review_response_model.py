from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ReviewResponseModelRejectReasonsType0ItemType0,
    ReviewResponseModelReviewStatusType0,
)
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
    list_of,
    literal,
    object_of,
    union,
)


@_attrs_define(slots=False)
class ReviewResponseModel(Lazy, AdditionalProperties[Any]):
    review_status: ReviewResponseModelReviewStatusType0 | str

    reviewed_at_unix: int

    reviewed_by: None | str | Unset = UNSET

    reject_reasons: list[ReviewResponseModelRejectReasonsType0ItemType0 | str] | None | Unset = UNSET

    scores_breakdown: None | ReviewResponseModelScoresBreakdownType0 | Unset = UNSET

    rejected_details: None | str | Unset = UNSET

    explanation: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "review_status", "review_status", union(literal("ReviewResponseModelReviewStatusType0"), STR), required=True
        ),
        Field("reviewed_at_unix", "reviewed_at_unix", INT, required=True),
        Field("reviewed_by", "reviewed_by", union(STR, NULL)),
        Field(
            "reject_reasons",
            "reject_reasons",
            union(list_of(union(literal("ReviewResponseModelRejectReasonsType0ItemType0"), STR)), NULL),
        ),
        Field(
            "scores_breakdown", "scores_breakdown", union(object_of("ReviewResponseModelScoresBreakdownType0"), NULL)
        ),
        Field("rejected_details", "rejected_details", union(STR, NULL)),
        Field("explanation", "explanation", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.review_response_model_scores_breakdown_type_0 import ReviewResponseModelScoresBreakdownType0
