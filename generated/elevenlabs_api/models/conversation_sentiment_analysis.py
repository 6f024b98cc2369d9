from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ConversationSentimentAnalysisOverallLabelType0,
)
from ..types import (
    ANY,
    FLOAT,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)


@_attrs_define(slots=False)
class ConversationSentimentAnalysis(Lazy, AdditionalProperties[Any]):
    overall_label: ConversationSentimentAnalysisOverallLabelType0 | str

    overall_sentiment_score: float

    overall_frustration_score: float

    min_user_sentiment_score: float

    max_user_frustration_score: float

    num_scored_user_turns: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "overall_label",
            "overall_label",
            union(literal("ConversationSentimentAnalysisOverallLabelType0"), STR),
            required=True,
        ),
        Field("overall_sentiment_score", "overall_sentiment_score", FLOAT, required=True),
        Field("overall_frustration_score", "overall_frustration_score", FLOAT, required=True),
        Field("min_user_sentiment_score", "min_user_sentiment_score", FLOAT, required=True),
        Field("max_user_frustration_score", "max_user_frustration_score", FLOAT, required=True),
        Field("num_scored_user_turns", "num_scored_user_turns", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
