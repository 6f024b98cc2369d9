from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    INT,
    NULL,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class TopicMetricsAggregate(Lazy, AdditionalProperties[Any]):
    """Attributes:
    conversation_count: Defaults to 0 on the server.
    """

    conversation_count: int | Unset = UNSET

    sentiment: None | TopicSentimentAggregate | Unset = UNSET

    evaluation_criteria: list[TopicEvaluationCriteriaAggregate] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("conversation_count", "conversation_count", INT),
        Field("sentiment", "sentiment", union(object_of("TopicSentimentAggregate"), NULL)),
        Field("evaluation_criteria", "evaluation_criteria", list_of(object_of("TopicEvaluationCriteriaAggregate"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.topic_evaluation_criteria_aggregate import TopicEvaluationCriteriaAggregate
from ..models.topic_sentiment_aggregate import TopicSentimentAggregate
