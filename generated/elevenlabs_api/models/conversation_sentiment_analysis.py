from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_sentiment_analysis_overall_label_type_0 import (
    ConversationSentimentAnalysisOverallLabelType0,
)
from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ConversationSentimentAnalysis")


@_attrs_define
class ConversationSentimentAnalysis:
    """Attributes:
    overall_label (ConversationSentimentAnalysisOverallLabelType0 | str):
    overall_sentiment_score (float):
    overall_frustration_score (float):
    min_user_sentiment_score (float):
    max_user_frustration_score (float):
    num_scored_user_turns (int):
    """

    overall_label: ConversationSentimentAnalysisOverallLabelType0 | str

    overall_sentiment_score: float

    overall_frustration_score: float

    min_user_sentiment_score: float

    max_user_frustration_score: float

    num_scored_user_turns: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        overall_label: Any
        try:
            if isinstance(self.overall_label, str):
                overall_label = self.overall_label
            else:
                overall_label = self.overall_label

        except (AttributeError, TypeError):
            overall_label = self.overall_label

        overall_sentiment_score = self.overall_sentiment_score

        overall_frustration_score = self.overall_frustration_score

        min_user_sentiment_score = self.min_user_sentiment_score

        max_user_frustration_score = self.max_user_frustration_score

        num_scored_user_turns = self.num_scored_user_turns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if overall_label is not None or "overall_label" not in self._missing_fields:
            field_dict["overall_label"] = overall_label
        if overall_sentiment_score is not None or "overall_sentiment_score" not in self._missing_fields:
            field_dict["overall_sentiment_score"] = overall_sentiment_score
        if overall_frustration_score is not None or "overall_frustration_score" not in self._missing_fields:
            field_dict["overall_frustration_score"] = overall_frustration_score
        if min_user_sentiment_score is not None or "min_user_sentiment_score" not in self._missing_fields:
            field_dict["min_user_sentiment_score"] = min_user_sentiment_score
        if max_user_frustration_score is not None or "max_user_frustration_score" not in self._missing_fields:
            field_dict["max_user_frustration_score"] = max_user_frustration_score
        if num_scored_user_turns is not None or "num_scored_user_turns" not in self._missing_fields:
            field_dict["num_scored_user_turns"] = num_scored_user_turns
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        overall_label = d.pop("overall_label", MISSING)
        if overall_label.__class__ is not str:
            if overall_label is MISSING:
                overall_label = missing_field(cls, "overall_label")
                _missing += ("overall_label",)
            else:
                overall_label = unexpected_type(cls, "overall_label", overall_label, "a string")

        overall_sentiment_score = d.pop("overall_sentiment_score", MISSING)
        if overall_sentiment_score.__class__ is not float and overall_sentiment_score.__class__ is not int:
            if overall_sentiment_score is MISSING:
                overall_sentiment_score = missing_field(cls, "overall_sentiment_score")
                _missing += ("overall_sentiment_score",)
            else:
                overall_sentiment_score = unexpected_type(
                    cls, "overall_sentiment_score", overall_sentiment_score, "a number"
                )

        overall_frustration_score = d.pop("overall_frustration_score", MISSING)
        if overall_frustration_score.__class__ is not float and overall_frustration_score.__class__ is not int:
            if overall_frustration_score is MISSING:
                overall_frustration_score = missing_field(cls, "overall_frustration_score")
                _missing += ("overall_frustration_score",)
            else:
                overall_frustration_score = unexpected_type(
                    cls, "overall_frustration_score", overall_frustration_score, "a number"
                )

        min_user_sentiment_score = d.pop("min_user_sentiment_score", MISSING)
        if min_user_sentiment_score.__class__ is not float and min_user_sentiment_score.__class__ is not int:
            if min_user_sentiment_score is MISSING:
                min_user_sentiment_score = missing_field(cls, "min_user_sentiment_score")
                _missing += ("min_user_sentiment_score",)
            else:
                min_user_sentiment_score = unexpected_type(
                    cls, "min_user_sentiment_score", min_user_sentiment_score, "a number"
                )

        max_user_frustration_score = d.pop("max_user_frustration_score", MISSING)
        if max_user_frustration_score.__class__ is not float and max_user_frustration_score.__class__ is not int:
            if max_user_frustration_score is MISSING:
                max_user_frustration_score = missing_field(cls, "max_user_frustration_score")
                _missing += ("max_user_frustration_score",)
            else:
                max_user_frustration_score = unexpected_type(
                    cls, "max_user_frustration_score", max_user_frustration_score, "a number"
                )

        num_scored_user_turns = d.pop("num_scored_user_turns", MISSING)
        if num_scored_user_turns.__class__ is not int:
            if num_scored_user_turns is MISSING:
                num_scored_user_turns = missing_field(cls, "num_scored_user_turns")
                _missing += ("num_scored_user_turns",)
            else:
                num_scored_user_turns = unexpected_type(
                    cls, "num_scored_user_turns", num_scored_user_turns, "an integer"
                )

        conversation_sentiment_analysis = cls(
            overall_label=overall_label,
            overall_sentiment_score=overall_sentiment_score,
            overall_frustration_score=overall_frustration_score,
            min_user_sentiment_score=min_user_sentiment_score,
            max_user_frustration_score=max_user_frustration_score,
            num_scored_user_turns=num_scored_user_turns,
        )
        if _missing:
            conversation_sentiment_analysis._missing_fields = _missing
        conversation_sentiment_analysis.additional_properties = d
        return conversation_sentiment_analysis

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
