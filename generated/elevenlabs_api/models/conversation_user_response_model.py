from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationUserResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationUserResponseModel(Lazy):
    """Attributes:
    user_id (str):
    last_contact_unix_secs (int):
    first_contact_unix_secs (int):
    conversation_count (int):
    last_contact_conversation_id (str):
    sentiment (SentimentAggregate):
    last_contact_agent_id (None | str | Unset):
    last_contact_agent_name (None | str | Unset):
    most_frustrated_conversations (list[FrustratedConversationRef] | Unset):
    """

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "user_id",
        "last_contact_unix_secs",
        "first_contact_unix_secs",
        "conversation_count",
        "last_contact_conversation_id",
        "sentiment",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        user_id = self.user_id

        last_contact_unix_secs = self.last_contact_unix_secs

        first_contact_unix_secs = self.first_contact_unix_secs

        conversation_count = self.conversation_count

        last_contact_conversation_id = self.last_contact_conversation_id

        sentiment: Any
        try:
            sentiment = self.sentiment.to_dict()
        except (AttributeError, TypeError):
            sentiment = self.sentiment

        last_contact_agent_id: Any
        try:
            last_contact_agent_id = self.last_contact_agent_id

        except (AttributeError, TypeError):
            last_contact_agent_id = self.last_contact_agent_id

        last_contact_agent_name: Any
        try:
            last_contact_agent_name = self.last_contact_agent_name

        except (AttributeError, TypeError):
            last_contact_agent_name = self.last_contact_agent_name

        most_frustrated_conversations: Any
        try:
            most_frustrated_conversations = UNSET
            if not isinstance(self.most_frustrated_conversations, Unset):
                most_frustrated_conversations = []
                for most_frustrated_conversations_item_data in self.most_frustrated_conversations:
                    most_frustrated_conversations_item = most_frustrated_conversations_item_data.to_dict()
                    most_frustrated_conversations.append(most_frustrated_conversations_item)

        except (AttributeError, TypeError):
            most_frustrated_conversations = self.most_frustrated_conversations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if user_id is not None or "user_id" not in self._missing_fields:
            field_dict["user_id"] = user_id
        if last_contact_unix_secs is not None or "last_contact_unix_secs" not in self._missing_fields:
            field_dict["last_contact_unix_secs"] = last_contact_unix_secs
        if first_contact_unix_secs is not None or "first_contact_unix_secs" not in self._missing_fields:
            field_dict["first_contact_unix_secs"] = first_contact_unix_secs
        if conversation_count is not None or "conversation_count" not in self._missing_fields:
            field_dict["conversation_count"] = conversation_count
        if last_contact_conversation_id is not None or "last_contact_conversation_id" not in self._missing_fields:
            field_dict["last_contact_conversation_id"] = last_contact_conversation_id
        if sentiment is not None or "sentiment" not in self._missing_fields:
            field_dict["sentiment"] = sentiment
        if last_contact_agent_id is not UNSET:
            field_dict["last_contact_agent_id"] = last_contact_agent_id
        if last_contact_agent_name is not UNSET:
            field_dict["last_contact_agent_name"] = last_contact_agent_name
        if most_frustrated_conversations is not UNSET:
            field_dict["most_frustrated_conversations"] = most_frustrated_conversations
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_user_response_model = cls.__new__(cls)
        conversation_user_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_user_response_model

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


_read_user_id = plain_reader("user_id", (str,), "a string", True)

_read_last_contact_unix_secs = plain_reader("last_contact_unix_secs", (int,), "an integer", True)

_read_first_contact_unix_secs = plain_reader("first_contact_unix_secs", (int,), "an integer", True)

_read_conversation_count = plain_reader("conversation_count", (int,), "an integer", True)

_read_last_contact_conversation_id = plain_reader("last_contact_conversation_id", (str,), "a string", True)


def _read_sentiment(cls: type[ConversationUserResponseModel], d: Mapping[str, Any]) -> Any:
    sentiment_raw = d.get("sentiment", MISSING)
    if sentiment_raw is MISSING:
        sentiment = missing_field(cls, "sentiment")
    else:
        try:
            sentiment = SentimentAggregate.from_dict(sentiment_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            sentiment = deviating_field(cls, "sentiment", sentiment_raw)

    return sentiment


_read_last_contact_agent_id = plain_reader(
    "last_contact_agent_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_last_contact_agent_name = plain_reader(
    "last_contact_agent_name",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_most_frustrated_conversations(cls: type[ConversationUserResponseModel], d: Mapping[str, Any]) -> Any:
    most_frustrated_conversations_raw = d.get("most_frustrated_conversations", UNSET)
    try:
        expect_array("most_frustrated_conversations", most_frustrated_conversations_raw)
        _most_frustrated_conversations = most_frustrated_conversations_raw
        most_frustrated_conversations: list[FrustratedConversationRef] | Unset = UNSET
        if _most_frustrated_conversations is not UNSET:
            most_frustrated_conversations = []
            for most_frustrated_conversations_item_data in _most_frustrated_conversations:
                most_frustrated_conversations_item = FrustratedConversationRef.from_dict(
                    most_frustrated_conversations_item_data
                )

                most_frustrated_conversations.append(most_frustrated_conversations_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        most_frustrated_conversations = deviating_field(
            cls, "most_frustrated_conversations", most_frustrated_conversations_raw
        )

    return most_frustrated_conversations


_FIELDS: frozenset[str] = frozenset(
    (
        "user_id",
        "last_contact_unix_secs",
        "first_contact_unix_secs",
        "conversation_count",
        "last_contact_conversation_id",
        "sentiment",
        "last_contact_agent_id",
        "last_contact_agent_name",
        "most_frustrated_conversations",
    )
)


def _read_additional_properties(cls: type[ConversationUserResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationUserResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    user_id = d.get("user_id", MISSING)
    if user_id.__class__ is not str:
        user_id = _read_user_id(cls, d)

    last_contact_unix_secs = d.get("last_contact_unix_secs", MISSING)
    if last_contact_unix_secs.__class__ is not int:
        last_contact_unix_secs = _read_last_contact_unix_secs(cls, d)

    first_contact_unix_secs = d.get("first_contact_unix_secs", MISSING)
    if first_contact_unix_secs.__class__ is not int:
        first_contact_unix_secs = _read_first_contact_unix_secs(cls, d)

    conversation_count = d.get("conversation_count", MISSING)
    if conversation_count.__class__ is not int:
        conversation_count = _read_conversation_count(cls, d)

    last_contact_conversation_id = d.get("last_contact_conversation_id", MISSING)
    if last_contact_conversation_id.__class__ is not str:
        last_contact_conversation_id = _read_last_contact_conversation_id(cls, d)

    if "sentiment" in known:
        sentiment = known["sentiment"]
    else:
        sentiment = _read_sentiment(cls, d)

    last_contact_agent_id = d.get("last_contact_agent_id", UNSET)
    if (
        last_contact_agent_id.__class__ is not str
        and last_contact_agent_id is not None
        and last_contact_agent_id is not UNSET
    ):
        last_contact_agent_id = _read_last_contact_agent_id(cls, d)

    last_contact_agent_name = d.get("last_contact_agent_name", UNSET)
    if (
        last_contact_agent_name.__class__ is not str
        and last_contact_agent_name is not None
        and last_contact_agent_name is not UNSET
    ):
        last_contact_agent_name = _read_last_contact_agent_name(cls, d)

    if "most_frustrated_conversations" in known:
        most_frustrated_conversations = known["most_frustrated_conversations"]
    else:
        most_frustrated_conversations = d.get("most_frustrated_conversations", UNSET)
        if most_frustrated_conversations is not UNSET:
            most_frustrated_conversations = _read_most_frustrated_conversations(cls, d)

    return {
        "user_id": user_id,
        "last_contact_unix_secs": last_contact_unix_secs,
        "first_contact_unix_secs": first_contact_unix_secs,
        "conversation_count": conversation_count,
        "last_contact_conversation_id": last_contact_conversation_id,
        "sentiment": sentiment,
        "last_contact_agent_id": last_contact_agent_id,
        "last_contact_agent_name": last_contact_agent_name,
        "most_frustrated_conversations": most_frustrated_conversations,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ConversationUserResponseModel,
    _all_fields,
    {
        "user_id": _read_user_id,
        "last_contact_unix_secs": _read_last_contact_unix_secs,
        "first_contact_unix_secs": _read_first_contact_unix_secs,
        "conversation_count": _read_conversation_count,
        "last_contact_conversation_id": _read_last_contact_conversation_id,
        "sentiment": _read_sentiment,
        "last_contact_agent_id": _read_last_contact_agent_id,
        "last_contact_agent_name": _read_last_contact_agent_name,
        "most_frustrated_conversations": _read_most_frustrated_conversations,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.frustrated_conversation_ref import FrustratedConversationRef
from ..models.sentiment_aggregate import SentimentAggregate
