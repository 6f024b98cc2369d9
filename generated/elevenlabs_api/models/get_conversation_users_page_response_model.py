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
    literal,
    object_of,
    union,
)
from ..models._literals import FrustratedConversationRefOverallLabelType0
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetConversationUsersPageResponseModel(Lazy, AdditionalProperties[Any]):
    users: list[ConversationUserResponseModel]

    has_more: bool

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("users", "users", list_of(object_of("ConversationUserResponseModel")), required=True),
        Field("has_more", "has_more", BOOL, required=True),
        Field("next_cursor", "next_cursor", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationUserResponseModel(Lazy, AdditionalProperties[Any]):
    user_id: str

    last_contact_unix_secs: int

    first_contact_unix_secs: int

    conversation_count: int

    last_contact_conversation_id: str

    sentiment: SentimentAggregate

    last_contact_agent_id: None | str | Unset = UNSET

    last_contact_agent_name: None | str | Unset = UNSET

    most_frustrated_conversations: list[FrustratedConversationRef] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("user_id", "user_id", STR, required=True),
        Field("last_contact_unix_secs", "last_contact_unix_secs", INT, required=True),
        Field("first_contact_unix_secs", "first_contact_unix_secs", INT, required=True),
        Field("conversation_count", "conversation_count", INT, required=True),
        Field("last_contact_conversation_id", "last_contact_conversation_id", STR, required=True),
        Field("sentiment", "sentiment", object_of("SentimentAggregate"), required=True),
        Field("last_contact_agent_id", "last_contact_agent_id", union(STR, NULL)),
        Field("last_contact_agent_name", "last_contact_agent_name", union(STR, NULL)),
        Field(
            "most_frustrated_conversations",
            "most_frustrated_conversations",
            list_of(object_of("FrustratedConversationRef")),
        ),
        Field("additional_properties", None, dict_of(ANY)),
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
