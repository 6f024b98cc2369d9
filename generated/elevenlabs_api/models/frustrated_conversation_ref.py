from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    FrustratedConversationRefOverallLabelType0,
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
class FrustratedConversationRef(Lazy, AdditionalProperties[Any]):
    conversation_id: str

    agent_id: str

    start_time_unix_secs: int

    overall_label: FrustratedConversationRefOverallLabelType0 | str

    overall_sentiment_score: float

    overall_frustration_score: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("conversation_id", "conversation_id", STR, required=True),
        Field("agent_id", "agent_id", STR, required=True),
        Field("start_time_unix_secs", "start_time_unix_secs", INT, required=True),
        Field(
            "overall_label",
            "overall_label",
            union(literal("FrustratedConversationRefOverallLabelType0"), STR),
            required=True,
        ),
        Field("overall_sentiment_score", "overall_sentiment_score", FLOAT, required=True),
        Field("overall_frustration_score", "overall_frustration_score", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
