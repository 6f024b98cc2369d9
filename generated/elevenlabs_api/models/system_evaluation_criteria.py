from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="SystemEvaluationCriteria")


@_attrs_define
class SystemEvaluationCriteria:
    """Attributes:
    user_sentiment_score (float):
    user_frustration_score (float):
    """

    user_sentiment_score: float

    user_frustration_score: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        user_sentiment_score = self.user_sentiment_score

        user_frustration_score = self.user_frustration_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if user_sentiment_score is not None or "user_sentiment_score" not in self._missing_fields:
            field_dict["user_sentiment_score"] = user_sentiment_score
        if user_frustration_score is not None or "user_frustration_score" not in self._missing_fields:
            field_dict["user_frustration_score"] = user_frustration_score
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        user_sentiment_score = d.pop("user_sentiment_score", MISSING)
        if user_sentiment_score.__class__ is not float and user_sentiment_score.__class__ is not int:
            if user_sentiment_score is MISSING:
                user_sentiment_score = missing_field(cls, "user_sentiment_score")
                _missing += ("user_sentiment_score",)
            else:
                user_sentiment_score = unexpected_type(cls, "user_sentiment_score", user_sentiment_score, "a number")

        user_frustration_score = d.pop("user_frustration_score", MISSING)
        if user_frustration_score.__class__ is not float and user_frustration_score.__class__ is not int:
            if user_frustration_score is MISSING:
                user_frustration_score = missing_field(cls, "user_frustration_score")
                _missing += ("user_frustration_score",)
            else:
                user_frustration_score = unexpected_type(
                    cls, "user_frustration_score", user_frustration_score, "a number"
                )

        system_evaluation_criteria = cls(
            user_sentiment_score=user_sentiment_score,
            user_frustration_score=user_frustration_score,
        )
        if _missing:
            system_evaluation_criteria._missing_fields = _missing
        system_evaluation_criteria.additional_properties = d
        return system_evaluation_criteria

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
