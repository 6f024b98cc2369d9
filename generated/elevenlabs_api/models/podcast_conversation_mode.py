from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="PodcastConversationMode")


@_attrs_define
class PodcastConversationMode:
    """Example:
        {'conversation': {'guest_voice_id': 'aw1NgEzBg83R7vgmiJt7', 'host_voice_id': 'aw1NgEzBg83R7vgmiJt6'}, 'type':
        'conversation'}

    Attributes:
        type_ (Literal['conversation']): The type of podcast to create.
        conversation (PodcastConversationModeData):  Example: {'guest_voice_id': 'aw1NgEzBg83R7vgmiJt7',
            'host_voice_id': 'aw1NgEzBg83R7vgmiJt6'}.
    """

    type_: Literal["conversation"]

    conversation: PodcastConversationModeData

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "conversation")

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        conversation: Any
        try:
            conversation = self.conversation.to_dict()
        except (AttributeError, TypeError):
            conversation = self.conversation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if conversation is not None or "conversation" not in self._missing_fields:
            field_dict["conversation"] = conversation
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", MISSING)
        if type__raw is MISSING:
            type__raw = missing_field(cls, "type")
        type_ = cast(Literal["conversation"], type__raw)
        if type_ != "conversation":
            raise ValueError(f"type must match const 'conversation', got '{type_}'")

        conversation_raw = d.pop("conversation", MISSING)
        if conversation_raw is MISSING:
            conversation = missing_field(cls, "conversation")
            _missing += ("conversation",)
        else:
            try:
                conversation = PodcastConversationModeData.from_dict(conversation_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                conversation = deviating_field(cls, "conversation", conversation_raw)

        podcast_conversation_mode = cls(
            type_=type_,
            conversation=conversation,
        )
        if _missing:
            podcast_conversation_mode._missing_fields = _missing
        podcast_conversation_mode.additional_properties = d
        return podcast_conversation_mode

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
from ..models.podcast_conversation_mode_data import PodcastConversationModeData
