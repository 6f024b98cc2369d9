from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    FLOAT,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    object_of,
    union,
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.topic_metrics_aggregate import TopicMetricsAggregate
