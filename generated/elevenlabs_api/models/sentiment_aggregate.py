from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, missing_field

T = TypeVar("T", bound="SentimentAggregate")


@_attrs_define
class SentimentAggregate:
    """Attributes:
    scored_conversation_count (int):
    positive_count (int):
    neutral_count (int):
    negative_count (int):
    average_sentiment_score (float | None):
    average_frustration_score (float | None):
    recent_scored_conversation_count (int):
    recent_positive_count (int):
    recent_neutral_count (int):
    recent_negative_count (int):
    recent_average_sentiment_score (float | None):
    recent_average_frustration_score (float | None):
    """

    scored_conversation_count: int

    positive_count: int

    neutral_count: int

    negative_count: int

    average_sentiment_score: float | None

    average_frustration_score: float | None

    recent_scored_conversation_count: int

    recent_positive_count: int

    recent_neutral_count: int

    recent_negative_count: int

    recent_average_sentiment_score: float | None

    recent_average_frustration_score: float | None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scored_conversation_count = self.scored_conversation_count

        positive_count = self.positive_count

        neutral_count = self.neutral_count

        negative_count = self.negative_count

        average_sentiment_score: Any
        try:
            average_sentiment_score = self.average_sentiment_score

        except (AttributeError, TypeError):
            average_sentiment_score = self.average_sentiment_score

        average_frustration_score: Any
        try:
            average_frustration_score = self.average_frustration_score

        except (AttributeError, TypeError):
            average_frustration_score = self.average_frustration_score

        recent_scored_conversation_count = self.recent_scored_conversation_count

        recent_positive_count = self.recent_positive_count

        recent_neutral_count = self.recent_neutral_count

        recent_negative_count = self.recent_negative_count

        recent_average_sentiment_score: Any
        try:
            recent_average_sentiment_score = self.recent_average_sentiment_score

        except (AttributeError, TypeError):
            recent_average_sentiment_score = self.recent_average_sentiment_score

        recent_average_frustration_score: Any
        try:
            recent_average_frustration_score = self.recent_average_frustration_score

        except (AttributeError, TypeError):
            recent_average_frustration_score = self.recent_average_frustration_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if scored_conversation_count is not None:
            field_dict["scored_conversation_count"] = scored_conversation_count
        if positive_count is not None:
            field_dict["positive_count"] = positive_count
        if neutral_count is not None:
            field_dict["neutral_count"] = neutral_count
        if negative_count is not None:
            field_dict["negative_count"] = negative_count
        field_dict["average_sentiment_score"] = average_sentiment_score
        field_dict["average_frustration_score"] = average_frustration_score
        if recent_scored_conversation_count is not None:
            field_dict["recent_scored_conversation_count"] = recent_scored_conversation_count
        if recent_positive_count is not None:
            field_dict["recent_positive_count"] = recent_positive_count
        if recent_neutral_count is not None:
            field_dict["recent_neutral_count"] = recent_neutral_count
        if recent_negative_count is not None:
            field_dict["recent_negative_count"] = recent_negative_count
        field_dict["recent_average_sentiment_score"] = recent_average_sentiment_score
        field_dict["recent_average_frustration_score"] = recent_average_frustration_score
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        scored_conversation_count = d.pop("scored_conversation_count", MISSING)
        if scored_conversation_count is MISSING:
            scored_conversation_count = missing_field(cls, "scored_conversation_count")

        positive_count = d.pop("positive_count", MISSING)
        if positive_count is MISSING:
            positive_count = missing_field(cls, "positive_count")

        neutral_count = d.pop("neutral_count", MISSING)
        if neutral_count is MISSING:
            neutral_count = missing_field(cls, "neutral_count")

        negative_count = d.pop("negative_count", MISSING)
        if negative_count is MISSING:
            negative_count = missing_field(cls, "negative_count")

        average_sentiment_score = d.pop("average_sentiment_score", MISSING)
        if average_sentiment_score is MISSING:
            average_sentiment_score = missing_field(cls, "average_sentiment_score")

        average_frustration_score = d.pop("average_frustration_score", MISSING)
        if average_frustration_score is MISSING:
            average_frustration_score = missing_field(cls, "average_frustration_score")

        recent_scored_conversation_count = d.pop("recent_scored_conversation_count", MISSING)
        if recent_scored_conversation_count is MISSING:
            recent_scored_conversation_count = missing_field(cls, "recent_scored_conversation_count")

        recent_positive_count = d.pop("recent_positive_count", MISSING)
        if recent_positive_count is MISSING:
            recent_positive_count = missing_field(cls, "recent_positive_count")

        recent_neutral_count = d.pop("recent_neutral_count", MISSING)
        if recent_neutral_count is MISSING:
            recent_neutral_count = missing_field(cls, "recent_neutral_count")

        recent_negative_count = d.pop("recent_negative_count", MISSING)
        if recent_negative_count is MISSING:
            recent_negative_count = missing_field(cls, "recent_negative_count")

        recent_average_sentiment_score = d.pop("recent_average_sentiment_score", MISSING)
        if recent_average_sentiment_score is MISSING:
            recent_average_sentiment_score = missing_field(cls, "recent_average_sentiment_score")

        recent_average_frustration_score = d.pop("recent_average_frustration_score", MISSING)
        if recent_average_frustration_score is MISSING:
            recent_average_frustration_score = missing_field(cls, "recent_average_frustration_score")

        sentiment_aggregate = cls(
            scored_conversation_count=scored_conversation_count,
            positive_count=positive_count,
            neutral_count=neutral_count,
            negative_count=negative_count,
            average_sentiment_score=average_sentiment_score,
            average_frustration_score=average_frustration_score,
            recent_scored_conversation_count=recent_scored_conversation_count,
            recent_positive_count=recent_positive_count,
            recent_neutral_count=recent_neutral_count,
            recent_negative_count=recent_negative_count,
            recent_average_sentiment_score=recent_average_sentiment_score,
            recent_average_frustration_score=recent_average_frustration_score,
        )
        sentiment_aggregate.additional_properties = d
        return sentiment_aggregate

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
