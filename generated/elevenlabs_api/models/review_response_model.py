from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ReviewResponseModelRejectReasonsType0ItemType0,
    ReviewResponseModelReviewStatusType0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ReviewResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ReviewResponseModel(Lazy):
    """Attributes:
    review_status (ReviewResponseModelReviewStatusType0 | str):
    reviewed_at_unix (int):
    reviewed_by (None | str | Unset):
    reject_reasons (list[ReviewResponseModelRejectReasonsType0ItemType0 | str] | None | Unset):
    scores_breakdown (None | ReviewResponseModelScoresBreakdownType0 | Unset):
    rejected_details (None | str | Unset):
    explanation (None | str | Unset):
    """

    review_status: ReviewResponseModelReviewStatusType0 | str

    reviewed_at_unix: int

    reviewed_by: None | str | Unset = UNSET

    reject_reasons: list[ReviewResponseModelRejectReasonsType0ItemType0 | str] | None | Unset = UNSET

    scores_breakdown: None | ReviewResponseModelScoresBreakdownType0 | Unset = UNSET

    rejected_details: None | str | Unset = UNSET

    explanation: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "review_status",
        "reviewed_at_unix",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        review_status: Any
        try:
            if isinstance(self.review_status, str):
                review_status = self.review_status
            else:
                review_status = self.review_status

        except (AttributeError, TypeError):
            review_status = self.review_status

        reviewed_at_unix = self.reviewed_at_unix

        reviewed_by: Any
        try:
            reviewed_by = self.reviewed_by

        except (AttributeError, TypeError):
            reviewed_by = self.reviewed_by

        reject_reasons: Any
        try:
            if isinstance(self.reject_reasons, Unset):
                reject_reasons = UNSET
            elif isinstance(self.reject_reasons, list):
                reject_reasons = []
                for reject_reasons_type_0_item_data in self.reject_reasons:
                    reject_reasons_type_0_item: str
                    if isinstance(reject_reasons_type_0_item_data, str):
                        reject_reasons_type_0_item = reject_reasons_type_0_item_data
                    else:
                        reject_reasons_type_0_item = reject_reasons_type_0_item_data

                    reject_reasons.append(reject_reasons_type_0_item)

            else:
                reject_reasons = self.reject_reasons

        except (AttributeError, TypeError):
            reject_reasons = self.reject_reasons

        scores_breakdown: Any
        try:
            if isinstance(self.scores_breakdown, Unset):
                scores_breakdown = UNSET
            elif isinstance(self.scores_breakdown, ReviewResponseModelScoresBreakdownType0):
                scores_breakdown = self.scores_breakdown.to_dict()
            else:
                scores_breakdown = self.scores_breakdown

        except (AttributeError, TypeError):
            scores_breakdown = self.scores_breakdown

        rejected_details: Any
        try:
            rejected_details = self.rejected_details

        except (AttributeError, TypeError):
            rejected_details = self.rejected_details

        explanation: Any
        try:
            explanation = self.explanation

        except (AttributeError, TypeError):
            explanation = self.explanation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if review_status is not None or "review_status" not in self._missing_fields:
            field_dict["review_status"] = review_status
        if reviewed_at_unix is not None or "reviewed_at_unix" not in self._missing_fields:
            field_dict["reviewed_at_unix"] = reviewed_at_unix
        if reviewed_by is not UNSET:
            field_dict["reviewed_by"] = reviewed_by
        if reject_reasons is not UNSET:
            field_dict["reject_reasons"] = reject_reasons
        if scores_breakdown is not UNSET:
            field_dict["scores_breakdown"] = scores_breakdown
        if rejected_details is not UNSET:
            field_dict["rejected_details"] = rejected_details
        if explanation is not UNSET:
            field_dict["explanation"] = explanation
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        review_response_model = cls.__new__(cls)
        review_response_model.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return review_response_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_read_review_status = plain_reader("review_status", (str,), "a string", True)

_read_reviewed_at_unix = plain_reader("reviewed_at_unix", (int,), "an integer", True)

_read_reviewed_by = plain_reader(
    "reviewed_by",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_reject_reasons(cls: type[ReviewResponseModel], d: Mapping[str, Any]) -> Any:
    reject_reasons_raw = d.get("reject_reasons", UNSET)
    try:

        def _parse_reject_reasons(
            data: object,
        ) -> list[ReviewResponseModelRejectReasonsType0ItemType0 | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            reject_reasons_type_0 = []
            _reject_reasons_type_0 = data
            for reject_reasons_type_0_item_data in _reject_reasons_type_0:
                reject_reasons_type_0_item = reject_reasons_type_0_item_data

                reject_reasons_type_0.append(reject_reasons_type_0_item)

            return reject_reasons_type_0

        reject_reasons = _parse_reject_reasons(reject_reasons_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        reject_reasons = deviating_field(cls, "reject_reasons", reject_reasons_raw)

    return reject_reasons


def _read_scores_breakdown(cls: type[ReviewResponseModel], d: Mapping[str, Any]) -> Any:
    scores_breakdown_raw = d.get("scores_breakdown", UNSET)
    try:

        def _parse_scores_breakdown(data: object) -> None | ReviewResponseModelScoresBreakdownType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            scores_breakdown_type_0 = ReviewResponseModelScoresBreakdownType0.from_dict(data)

            return scores_breakdown_type_0

        scores_breakdown = _parse_scores_breakdown(scores_breakdown_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        scores_breakdown = deviating_field(cls, "scores_breakdown", scores_breakdown_raw)

    return scores_breakdown


_read_rejected_details = plain_reader(
    "rejected_details",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_explanation = plain_reader(
    "explanation",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "review_status",
        "reviewed_at_unix",
        "reviewed_by",
        "reject_reasons",
        "scores_breakdown",
        "rejected_details",
        "explanation",
    )
)


def _read_additional_properties(cls: type[ReviewResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ReviewResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    review_status = d.get("review_status", MISSING)
    if review_status.__class__ is not str:
        review_status = _read_review_status(cls, d)

    reviewed_at_unix = d.get("reviewed_at_unix", MISSING)
    if reviewed_at_unix.__class__ is not int:
        reviewed_at_unix = _read_reviewed_at_unix(cls, d)

    reviewed_by = d.get("reviewed_by", UNSET)
    if reviewed_by.__class__ is not str and reviewed_by is not None and reviewed_by is not UNSET:
        reviewed_by = _read_reviewed_by(cls, d)

    if "reject_reasons" in known:
        reject_reasons = known["reject_reasons"]
    else:
        reject_reasons = d.get("reject_reasons", UNSET)
        if reject_reasons is not UNSET and reject_reasons is not None:
            reject_reasons = _read_reject_reasons(cls, d)

    if "scores_breakdown" in known:
        scores_breakdown = known["scores_breakdown"]
    else:
        scores_breakdown = d.get("scores_breakdown", UNSET)
        if scores_breakdown is not UNSET and scores_breakdown is not None:
            scores_breakdown = _read_scores_breakdown(cls, d)

    rejected_details = d.get("rejected_details", UNSET)
    if rejected_details.__class__ is not str and rejected_details is not None and rejected_details is not UNSET:
        rejected_details = _read_rejected_details(cls, d)

    explanation = d.get("explanation", UNSET)
    if explanation.__class__ is not str and explanation is not None and explanation is not UNSET:
        explanation = _read_explanation(cls, d)

    return {
        "review_status": review_status,
        "reviewed_at_unix": reviewed_at_unix,
        "reviewed_by": reviewed_by,
        "reject_reasons": reject_reasons,
        "scores_breakdown": scores_breakdown,
        "rejected_details": rejected_details,
        "explanation": explanation,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ReviewResponseModel,
    _all_fields,
    {
        "review_status": _read_review_status,
        "reviewed_at_unix": _read_reviewed_at_unix,
        "reviewed_by": _read_reviewed_by,
        "reject_reasons": _read_reject_reasons,
        "scores_breakdown": _read_scores_breakdown,
        "rejected_details": _read_rejected_details,
        "explanation": _read_explanation,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.review_response_model_scores_breakdown_type_0 import ReviewResponseModelScoresBreakdownType0
