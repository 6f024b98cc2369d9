from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="TopicSentimentAggregate")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TopicSentimentAggregate(Lazy):
    """Attributes:
    sentiment (NumericDistributionAggregate | Unset):
    frustration (NumericDistributionAggregate | Unset):
    positive_count (int | Unset): Defaults to 0 on the server.
    neutral_count (int | Unset): Defaults to 0 on the server.
    negative_count (int | Unset): Defaults to 0 on the server.
    """

    sentiment: NumericDistributionAggregate | Unset = UNSET

    frustration: NumericDistributionAggregate | Unset = UNSET

    positive_count: int | Unset = UNSET

    neutral_count: int | Unset = UNSET

    negative_count: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        topic_sentiment_aggregate = cls.__new__(cls)
        topic_sentiment_aggregate.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_sentiment(cls: type[TopicSentimentAggregate], d: Mapping[str, Any]) -> Any:
    sentiment_raw = d.get("sentiment", UNSET)
    try:
        _sentiment = sentiment_raw
        sentiment: NumericDistributionAggregate | Unset
        if isinstance(_sentiment, Unset):
            sentiment = UNSET
        else:
            sentiment = NumericDistributionAggregate.from_dict(_sentiment)
    except (KeyError, TypeError, ValueError, AttributeError):
        sentiment = deviating_field(cls, "sentiment", sentiment_raw)

    return sentiment


def _read_frustration(cls: type[TopicSentimentAggregate], d: Mapping[str, Any]) -> Any:
    frustration_raw = d.get("frustration", UNSET)
    try:
        _frustration = frustration_raw
        frustration: NumericDistributionAggregate | Unset
        if isinstance(_frustration, Unset):
            frustration = UNSET
        else:
            frustration = NumericDistributionAggregate.from_dict(_frustration)
    except (KeyError, TypeError, ValueError, AttributeError):
        frustration = deviating_field(cls, "frustration", frustration_raw)

    return frustration


_read_positive_count = plain_reader("positive_count", (int,), "an integer", False)

_read_neutral_count = plain_reader("neutral_count", (int,), "an integer", False)

_read_negative_count = plain_reader("negative_count", (int,), "an integer", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "sentiment",
        "frustration",
        "positive_count",
        "neutral_count",
        "negative_count",
    )
)


def _read_additional_properties(cls: type[TopicSentimentAggregate], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[TopicSentimentAggregate], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "sentiment" in known:
        sentiment = known["sentiment"]
    else:
        sentiment = d.get("sentiment", UNSET)
        if sentiment is not UNSET:
            sentiment = _read_sentiment(cls, d)

    if "frustration" in known:
        frustration = known["frustration"]
    else:
        frustration = d.get("frustration", UNSET)
        if frustration is not UNSET:
            frustration = _read_frustration(cls, d)

    positive_count = d.get("positive_count", UNSET)
    if positive_count.__class__ is not int and positive_count is not UNSET:
        positive_count = _read_positive_count(cls, d)

    neutral_count = d.get("neutral_count", UNSET)
    if neutral_count.__class__ is not int and neutral_count is not UNSET:
        neutral_count = _read_neutral_count(cls, d)

    negative_count = d.get("negative_count", UNSET)
    if negative_count.__class__ is not int and negative_count is not UNSET:
        negative_count = _read_negative_count(cls, d)

    return {
        "sentiment": sentiment,
        "frustration": frustration,
        "positive_count": positive_count,
        "neutral_count": neutral_count,
        "negative_count": negative_count,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    TopicSentimentAggregate,
    _all_fields,
    {
        "sentiment": _read_sentiment,
        "frustration": _read_frustration,
        "positive_count": _read_positive_count,
        "neutral_count": _read_neutral_count,
        "negative_count": _read_negative_count,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.numeric_distribution_aggregate import NumericDistributionAggregate
