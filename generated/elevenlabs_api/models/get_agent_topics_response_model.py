from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetAgentTopicsResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    aggregated_run_count: Number of daily topic-discovery runs the returned metrics were summed over. Defaults to 0
        on the server.
    has_more: Defaults to False on the server.
    """

    topics: list[AgentTopicResponseModel]

    window_start_unix_secs: int

    window_end_unix_secs: int

    aggregated_run_count: int | Unset = UNSET

    has_more: bool | Unset = UNSET

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("topics", "topics", list_of(object_of("AgentTopicResponseModel")), required=True),
        Field("window_start_unix_secs", "window_start_unix_secs", INT, required=True),
        Field("window_end_unix_secs", "window_end_unix_secs", INT, required=True),
        Field("aggregated_run_count", "aggregated_run_count", INT),
        Field("has_more", "has_more", BOOL),
        Field("next_cursor", "next_cursor", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AgentTopicResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    success_rate: Success rate across the topic's evaluation criteria, weighted by scored conversations. Returned
        regardless of include_evaluation_criteria.
    """

    topic_id: str

    label: str

    description: str

    conversation_count: int

    parent_topic_id: None | str | Unset = UNSET

    x_2d: float | None | Unset = UNSET

    y_2d: float | None | Unset = UNSET

    metrics: None | TopicMetricsAggregate | Unset = UNSET

    success_rate: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("topic_id", "topic_id", STR, required=True),
        Field("label", "label", STR, required=True),
        Field("description", "description", STR, required=True),
        Field("conversation_count", "conversation_count", INT, required=True),
        Field("parent_topic_id", "parent_topic_id", union(STR, NULL)),
        Field("x_2d", "x_2d", union(FLOAT, NULL)),
        Field("y_2d", "y_2d", union(FLOAT, NULL)),
        Field("metrics", "metrics", union(object_of("TopicMetricsAggregate"), NULL)),
        Field("success_rate", "success_rate", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class NumericDistributionAggregate(Lazy, AdditionalProperties[Any]):
    """Attributes:
    count: Defaults to 0 on the server.
    sum_: Defaults to 0.0 on the server.
    """

    count: int | Unset = UNSET

    sum_: float | Unset = UNSET

    min_: float | None | Unset = UNSET

    max_: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("count", "count", INT),
        Field("sum_", "sum", FLOAT),
        Field("min_", "min", union(FLOAT, NULL)),
        Field("max_", "max", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class TopicEvaluationCriteriaAggregate(Lazy, AdditionalProperties[Any]):
    """Attributes:
    success_count: Defaults to 0 on the server.
    failure_count: Defaults to 0 on the server.
    unknown_count: Defaults to 0 on the server.
    """

    criteria_id: str

    success_count: int | Unset = UNSET

    failure_count: int | Unset = UNSET

    unknown_count: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("criteria_id", "criteria_id", STR, required=True),
        Field("success_count", "success_count", INT),
        Field("failure_count", "failure_count", INT),
        Field("unknown_count", "unknown_count", INT),
        Field("additional_properties", None, dict_of(ANY)),
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


@_attrs_define(slots=False)
class TopicSentimentAggregate(Lazy, AdditionalProperties[Any]):
    """Attributes:
    positive_count: Defaults to 0 on the server.
    neutral_count: Defaults to 0 on the server.
    negative_count: Defaults to 0 on the server.
    """

    sentiment: NumericDistributionAggregate | Unset = UNSET

    frustration: NumericDistributionAggregate | Unset = UNSET

    positive_count: int | Unset = UNSET

    neutral_count: int | Unset = UNSET

    negative_count: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("sentiment", "sentiment", object_of("NumericDistributionAggregate")),
        Field("frustration", "frustration", object_of("NumericDistributionAggregate")),
        Field("positive_count", "positive_count", INT),
        Field("neutral_count", "neutral_count", INT),
        Field("negative_count", "negative_count", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )
