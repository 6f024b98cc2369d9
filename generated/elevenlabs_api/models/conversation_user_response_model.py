from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        last_contact_unix_secs = self.last_contact_unix_secs

        first_contact_unix_secs = self.first_contact_unix_secs

        conversation_count = self.conversation_count

        last_contact_conversation_id = self.last_contact_conversation_id

        sentiment = self.sentiment.to_dict()

        last_contact_agent_id: None | str | Unset = self.last_contact_agent_id

        last_contact_agent_name: None | str | Unset = self.last_contact_agent_name

        most_frustrated_conversations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.most_frustrated_conversations, Unset):
            most_frustrated_conversations = []
            for most_frustrated_conversations_item_data in self.most_frustrated_conversations:
                most_frustrated_conversations_item = most_frustrated_conversations_item_data.to_dict()
                most_frustrated_conversations.append(most_frustrated_conversations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["user_id"] = user_id
        field_dict["last_contact_unix_secs"] = last_contact_unix_secs
        field_dict["first_contact_unix_secs"] = first_contact_unix_secs
        field_dict["conversation_count"] = conversation_count
        field_dict["last_contact_conversation_id"] = last_contact_conversation_id
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
        d = dict(src_dict)
        user_id = d.pop("user_id")

        last_contact_unix_secs = d.pop("last_contact_unix_secs")

        first_contact_unix_secs = d.pop("first_contact_unix_secs")

        conversation_count = d.pop("conversation_count")

        last_contact_conversation_id = d.pop("last_contact_conversation_id")

        sentiment = SentimentAggregate.from_dict(d.pop("sentiment"))

        last_contact_agent_id = d.pop("last_contact_agent_id", UNSET)

        last_contact_agent_name = d.pop("last_contact_agent_name", UNSET)

        _most_frustrated_conversations = d.pop("most_frustrated_conversations", UNSET)
        most_frustrated_conversations: list[FrustratedConversationRef] | Unset = UNSET
        if _most_frustrated_conversations is not UNSET:
            most_frustrated_conversations = []
            for most_frustrated_conversations_item_data in _most_frustrated_conversations:
                most_frustrated_conversations_item = FrustratedConversationRef.from_dict(
                    most_frustrated_conversations_item_data
                )

                most_frustrated_conversations.append(most_frustrated_conversations_item)

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
