from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    FLOAT,
    INT,
    NULL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class SentimentAggregate(Lazy, AdditionalProperties[Any]):
    scored_conversation_count: int

    positive_count: int

    neutral_count: int

    negative_count: int

    average_sentiment_score: float | None = _attrs_field(default=None, kw_only=True)

    average_frustration_score: float | None = _attrs_field(default=None, kw_only=True)

    recent_scored_conversation_count: int

    recent_positive_count: int

    recent_neutral_count: int

    recent_negative_count: int

    recent_average_sentiment_score: float | None = None

    recent_average_frustration_score: float | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("scored_conversation_count", "scored_conversation_count", INT, required=True),
        Field("positive_count", "positive_count", INT, required=True),
        Field("neutral_count", "neutral_count", INT, required=True),
        Field("negative_count", "negative_count", INT, required=True),
        Field("average_sentiment_score", "average_sentiment_score", union(FLOAT, NULL), required=True),
        Field("average_frustration_score", "average_frustration_score", union(FLOAT, NULL), required=True),
        Field("recent_scored_conversation_count", "recent_scored_conversation_count", INT, required=True),
        Field("recent_positive_count", "recent_positive_count", INT, required=True),
        Field("recent_neutral_count", "recent_neutral_count", INT, required=True),
        Field("recent_negative_count", "recent_negative_count", INT, required=True),
        Field("recent_average_sentiment_score", "recent_average_sentiment_score", union(FLOAT, NULL), required=True),
        Field(
            "recent_average_frustration_score", "recent_average_frustration_score", union(FLOAT, NULL), required=True
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )
