from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    INT,
    NULL,
    STR,
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.frustrated_conversation_ref import FrustratedConversationRef
from ..models.sentiment_aggregate import SentimentAggregate
