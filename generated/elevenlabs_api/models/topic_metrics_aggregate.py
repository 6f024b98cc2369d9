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
    expect_array,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="TopicMetricsAggregate")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TopicMetricsAggregate(Lazy):
    """Attributes:
    conversation_count (int | Unset): Defaults to 0 on the server.
    sentiment (None | TopicSentimentAggregate | Unset):
    evaluation_criteria (list[TopicEvaluationCriteriaAggregate] | Unset):
    """

    conversation_count: int | Unset = UNSET

    sentiment: None | TopicSentimentAggregate | Unset = UNSET

    evaluation_criteria: list[TopicEvaluationCriteriaAggregate] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        conversation_count = self.conversation_count

        sentiment: Any
        try:
            if isinstance(self.sentiment, Unset):
                sentiment = UNSET
            elif isinstance(self.sentiment, TopicSentimentAggregate):
                sentiment = self.sentiment.to_dict()
            else:
                sentiment = self.sentiment

        except (AttributeError, TypeError):
            sentiment = self.sentiment

        evaluation_criteria: Any
        try:
            evaluation_criteria = UNSET
            if not isinstance(self.evaluation_criteria, Unset):
                evaluation_criteria = []
                for evaluation_criteria_item_data in self.evaluation_criteria:
                    evaluation_criteria_item = evaluation_criteria_item_data.to_dict()
                    evaluation_criteria.append(evaluation_criteria_item)

        except (AttributeError, TypeError):
            evaluation_criteria = self.evaluation_criteria

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if conversation_count is not UNSET:
            field_dict["conversation_count"] = conversation_count
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment
        if evaluation_criteria is not UNSET:
            field_dict["evaluation_criteria"] = evaluation_criteria
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        topic_metrics_aggregate = cls.__new__(cls)
        topic_metrics_aggregate.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return topic_metrics_aggregate

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


_read_conversation_count = plain_reader("conversation_count", (int,), "an integer", False)


def _read_sentiment(cls: type[TopicMetricsAggregate], d: Mapping[str, Any]) -> Any:
    sentiment_raw = d.get("sentiment", UNSET)
    try:

        def _parse_sentiment(data: object) -> None | TopicSentimentAggregate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            sentiment_type_0 = TopicSentimentAggregate.from_dict(data)

            return sentiment_type_0

        sentiment = _parse_sentiment(sentiment_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        sentiment = deviating_field(cls, "sentiment", sentiment_raw)

    return sentiment


def _read_evaluation_criteria(cls: type[TopicMetricsAggregate], d: Mapping[str, Any]) -> Any:
    evaluation_criteria_raw = d.get("evaluation_criteria", UNSET)
    try:
        expect_array("evaluation_criteria", evaluation_criteria_raw)
        _evaluation_criteria = evaluation_criteria_raw
        evaluation_criteria: list[TopicEvaluationCriteriaAggregate] | Unset = UNSET
        if _evaluation_criteria is not UNSET:
            evaluation_criteria = []
            for evaluation_criteria_item_data in _evaluation_criteria:
                evaluation_criteria_item = TopicEvaluationCriteriaAggregate.from_dict(evaluation_criteria_item_data)

                evaluation_criteria.append(evaluation_criteria_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        evaluation_criteria = deviating_field(cls, "evaluation_criteria", evaluation_criteria_raw)

    return evaluation_criteria


_FIELDS: frozenset[str] = frozenset(
    (
        "conversation_count",
        "sentiment",
        "evaluation_criteria",
    )
)


def _read_additional_properties(cls: type[TopicMetricsAggregate], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[TopicMetricsAggregate], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    conversation_count = d.get("conversation_count", UNSET)
    if conversation_count.__class__ is not int and conversation_count is not UNSET:
        conversation_count = _read_conversation_count(cls, d)

    if "sentiment" in known:
        sentiment = known["sentiment"]
    else:
        sentiment = d.get("sentiment", UNSET)
        if sentiment is not UNSET and sentiment is not None:
            sentiment = _read_sentiment(cls, d)

    if "evaluation_criteria" in known:
        evaluation_criteria = known["evaluation_criteria"]
    else:
        evaluation_criteria = d.get("evaluation_criteria", UNSET)
        if evaluation_criteria is not UNSET:
            evaluation_criteria = _read_evaluation_criteria(cls, d)

    return {
        "conversation_count": conversation_count,
        "sentiment": sentiment,
        "evaluation_criteria": evaluation_criteria,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    TopicMetricsAggregate,
    _all_fields,
    {
        "conversation_count": _read_conversation_count,
        "sentiment": _read_sentiment,
        "evaluation_criteria": _read_evaluation_criteria,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.topic_evaluation_criteria_aggregate import TopicEvaluationCriteriaAggregate
from ..models.topic_sentiment_aggregate import TopicSentimentAggregate
