from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ConversationUserResponseModel")


@_attrs_define
class ConversationUserResponseModel:
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        user_id = d.pop("user_id", MISSING)
        if user_id.__class__ is not str:
            if user_id is MISSING:
                user_id = missing_field(cls, "user_id")
                _missing += ("user_id",)
            else:
                user_id = unexpected_type(cls, "user_id", user_id, "a string")

        last_contact_unix_secs = d.pop("last_contact_unix_secs", MISSING)
        if last_contact_unix_secs.__class__ is not int:
            if last_contact_unix_secs is MISSING:
                last_contact_unix_secs = missing_field(cls, "last_contact_unix_secs")
                _missing += ("last_contact_unix_secs",)
            else:
                last_contact_unix_secs = unexpected_type(
                    cls, "last_contact_unix_secs", last_contact_unix_secs, "an integer"
                )

        first_contact_unix_secs = d.pop("first_contact_unix_secs", MISSING)
        if first_contact_unix_secs.__class__ is not int:
            if first_contact_unix_secs is MISSING:
                first_contact_unix_secs = missing_field(cls, "first_contact_unix_secs")
                _missing += ("first_contact_unix_secs",)
            else:
                first_contact_unix_secs = unexpected_type(
                    cls, "first_contact_unix_secs", first_contact_unix_secs, "an integer"
                )

        conversation_count = d.pop("conversation_count", MISSING)
        if conversation_count.__class__ is not int:
            if conversation_count is MISSING:
                conversation_count = missing_field(cls, "conversation_count")
                _missing += ("conversation_count",)
            else:
                conversation_count = unexpected_type(cls, "conversation_count", conversation_count, "an integer")

        last_contact_conversation_id = d.pop("last_contact_conversation_id", MISSING)
        if last_contact_conversation_id.__class__ is not str:
            if last_contact_conversation_id is MISSING:
                last_contact_conversation_id = missing_field(cls, "last_contact_conversation_id")
                _missing += ("last_contact_conversation_id",)
            else:
                last_contact_conversation_id = unexpected_type(
                    cls, "last_contact_conversation_id", last_contact_conversation_id, "a string"
                )

        sentiment_raw = d.pop("sentiment", MISSING)
        if sentiment_raw is MISSING:
            sentiment = missing_field(cls, "sentiment")
            _missing += ("sentiment",)
        else:
            try:
                sentiment = SentimentAggregate.from_dict(sentiment_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                sentiment = deviating_field(cls, "sentiment", sentiment_raw)

        last_contact_agent_id = d.pop("last_contact_agent_id", UNSET)
        if (
            last_contact_agent_id.__class__ is not str
            and last_contact_agent_id is not None
            and last_contact_agent_id is not UNSET
        ):
            last_contact_agent_id = unexpected_type(
                cls, "last_contact_agent_id", last_contact_agent_id, "a string or null"
            )

        last_contact_agent_name = d.pop("last_contact_agent_name", UNSET)
        if (
            last_contact_agent_name.__class__ is not str
            and last_contact_agent_name is not None
            and last_contact_agent_name is not UNSET
        ):
            last_contact_agent_name = unexpected_type(
                cls, "last_contact_agent_name", last_contact_agent_name, "a string or null"
            )

        most_frustrated_conversations_raw = d.pop("most_frustrated_conversations", UNSET)
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

        conversation_user_response_model = cls(
            user_id=user_id,
            last_contact_unix_secs=last_contact_unix_secs,
            first_contact_unix_secs=first_contact_unix_secs,
            conversation_count=conversation_count,
            last_contact_conversation_id=last_contact_conversation_id,
            sentiment=sentiment,
            last_contact_agent_id=last_contact_agent_id,
            last_contact_agent_name=last_contact_agent_name,
            most_frustrated_conversations=most_frustrated_conversations,
        )
        if _missing:
            conversation_user_response_model._missing_fields = _missing
        conversation_user_response_model.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.frustrated_conversation_ref import FrustratedConversationRef
from ..models.sentiment_aggregate import SentimentAggregate
