from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import EvaluationSuccessResult
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="EvaluationCriteriaSummaryResult")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class EvaluationCriteriaSummaryResult(Lazy):
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
    _required: ClassVar[tuple[str, ...]] = ("result",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        result: Any
        try:
            if isinstance(self.result, str):
                result = self.result
            else:
                result = self.result

        except (AttributeError, TypeError):
            result = self.result

        score: Any
        try:
            score = self.score

        except (AttributeError, TypeError):
            score = self.score

        max_score: Any
        try:
            max_score = self.max_score

        except (AttributeError, TypeError):
            max_score = self.max_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if result is not None or "result" not in self._missing_fields:
            field_dict["result"] = result
        if score is not UNSET:
            field_dict["score"] = score
        if max_score is not UNSET:
            field_dict["max_score"] = max_score
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        evaluation_criteria_summary_result = cls.__new__(cls)
        evaluation_criteria_summary_result.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return evaluation_criteria_summary_result

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


_read_result = plain_reader("result", (str,), "a string", True)

_read_score = plain_reader(
    "score",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_max_score = plain_reader(
    "max_score",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "result",
        "score",
        "max_score",
    )
)


def _read_additional_properties(cls: type[EvaluationCriteriaSummaryResult], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[EvaluationCriteriaSummaryResult], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    result = d.get("result", MISSING)
    if result.__class__ is not str:
        result = _read_result(cls, d)

    score = d.get("score", UNSET)
    if score.__class__ is not int and score is not None and score is not UNSET:
        score = _read_score(cls, d)

    max_score = d.get("max_score", UNSET)
    if max_score.__class__ is not int and max_score is not None and max_score is not UNSET:
        max_score = _read_max_score(cls, d)

    return {
        "result": result,
        "score": score,
        "max_score": max_score,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    EvaluationCriteriaSummaryResult,
    _all_fields,
    {
        "result": _read_result,
        "score": _read_score,
        "max_score": _read_max_score,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
