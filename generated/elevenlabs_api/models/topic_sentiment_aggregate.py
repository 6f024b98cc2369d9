from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    deviating_field,
    unexpected_type,
)

T = TypeVar("T", bound="TopicSentimentAggregate")


@_attrs_define
class TopicSentimentAggregate:
    """Attributes:
    sentiment (NumericDistributionAggregate | Unset):
    frustration (NumericDistributionAggregate | Unset):
    positive_count (int | Unset):  Default: 0.
    neutral_count (int | Unset):  Default: 0.
    negative_count (int | Unset):  Default: 0.
    """

    sentiment: NumericDistributionAggregate | Unset = UNSET

    frustration: NumericDistributionAggregate | Unset = UNSET

    positive_count: int | Unset = 0

    neutral_count: int | Unset = 0

    negative_count: int | Unset = 0

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sentiment: Any
        try:
            sentiment = UNSET
            if not isinstance(self.sentiment, Unset):
                sentiment = self.sentiment.to_dict()
        except (AttributeError, TypeError):
            sentiment = self.sentiment

        frustration: Any
        try:
            frustration = UNSET
            if not isinstance(self.frustration, Unset):
                frustration = self.frustration.to_dict()
        except (AttributeError, TypeError):
            frustration = self.frustration

        positive_count = self.positive_count

        neutral_count = self.neutral_count

        negative_count = self.negative_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment
        if frustration is not UNSET:
            field_dict["frustration"] = frustration
        if positive_count is not UNSET:
            field_dict["positive_count"] = positive_count
        if neutral_count is not UNSET:
            field_dict["neutral_count"] = neutral_count
        if negative_count is not UNSET:
            field_dict["negative_count"] = negative_count
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        sentiment_raw = d.pop("sentiment", UNSET)
        try:
            _sentiment = sentiment_raw
            sentiment: NumericDistributionAggregate | Unset
            if isinstance(_sentiment, Unset):
                sentiment = UNSET
            else:
                sentiment = NumericDistributionAggregate.from_dict(_sentiment)
        except (KeyError, TypeError, ValueError, AttributeError):
            sentiment = deviating_field(cls, "sentiment", sentiment_raw)

        frustration_raw = d.pop("frustration", UNSET)
        try:
            _frustration = frustration_raw
            frustration: NumericDistributionAggregate | Unset
            if isinstance(_frustration, Unset):
                frustration = UNSET
            else:
                frustration = NumericDistributionAggregate.from_dict(_frustration)
        except (KeyError, TypeError, ValueError, AttributeError):
            frustration = deviating_field(cls, "frustration", frustration_raw)

        positive_count = d.pop("positive_count", UNSET)
        if positive_count.__class__ is not int and positive_count is not UNSET:
            positive_count = unexpected_type(cls, "positive_count", positive_count, "an integer")

        neutral_count = d.pop("neutral_count", UNSET)
        if neutral_count.__class__ is not int and neutral_count is not UNSET:
            neutral_count = unexpected_type(cls, "neutral_count", neutral_count, "an integer")

        negative_count = d.pop("negative_count", UNSET)
        if negative_count.__class__ is not int and negative_count is not UNSET:
            negative_count = unexpected_type(cls, "negative_count", negative_count, "an integer")

        topic_sentiment_aggregate = cls(
            sentiment=sentiment,
            frustration=frustration,
            positive_count=positive_count,
            neutral_count=neutral_count,
            negative_count=negative_count,
        )
        topic_sentiment_aggregate.additional_properties = d
        return topic_sentiment_aggregate

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.numeric_distribution_aggregate import NumericDistributionAggregate
