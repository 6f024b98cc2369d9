from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_feedback_score import UserFeedbackScore
from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="UserFeedback")


@_attrs_define
class UserFeedback:
    """Attributes:
    score (str | UserFeedbackScore):
    time_in_call_secs (int):
    """

    score: str | UserFeedbackScore

    time_in_call_secs: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        score: Any
        try:
            if isinstance(self.score, str):
                score = self.score
            else:
                score = self.score

        except (AttributeError, TypeError):
            score = self.score

        time_in_call_secs = self.time_in_call_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if score is not None or "score" not in self._missing_fields:
            field_dict["score"] = score
        if time_in_call_secs is not None or "time_in_call_secs" not in self._missing_fields:
            field_dict["time_in_call_secs"] = time_in_call_secs
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        score = d.pop("score", MISSING)
        if score.__class__ is not str:
            if score is MISSING:
                score = missing_field(cls, "score")
                _missing += ("score",)
            else:
                score = unexpected_type(cls, "score", score, "a string")

        time_in_call_secs = d.pop("time_in_call_secs", MISSING)
        if time_in_call_secs.__class__ is not int:
            if time_in_call_secs is MISSING:
                time_in_call_secs = missing_field(cls, "time_in_call_secs")
                _missing += ("time_in_call_secs",)
            else:
                time_in_call_secs = unexpected_type(cls, "time_in_call_secs", time_in_call_secs, "an integer")

        user_feedback = cls(
            score=score,
            time_in_call_secs=time_in_call_secs,
        )
        if _missing:
            user_feedback._missing_fields = _missing
        user_feedback.additional_properties = d
        return user_feedback

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
