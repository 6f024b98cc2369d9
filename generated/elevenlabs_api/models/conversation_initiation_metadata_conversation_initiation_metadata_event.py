from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationInitiationMetadataConversationInitiationMetadataEvent")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationInitiationMetadataConversationInitiationMetadataEvent(Lazy):
    """Initial conversation metadata

    Attributes:
        conversation_id (str | Unset): Unique identifier for the conversation session.
        agent_output_audio_format (str | Unset): Audio format specification for agent's speech output.
        user_input_audio_format (str | Unset): Audio format specification for user's speech input.
    """

    conversation_id: str | Unset = UNSET

    agent_output_audio_format: str | Unset = UNSET

    user_input_audio_format: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        conversation_id = self.conversation_id

        agent_output_audio_format = self.agent_output_audio_format

        user_input_audio_format = self.user_input_audio_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if agent_output_audio_format is not UNSET:
            field_dict["agent_output_audio_format"] = agent_output_audio_format
        if user_input_audio_format is not UNSET:
            field_dict["user_input_audio_format"] = user_input_audio_format
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_initiation_metadata_conversation_initiation_metadata_event = cls.__new__(cls)
        conversation_initiation_metadata_conversation_initiation_metadata_event.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_initiation_metadata_conversation_initiation_metadata_event

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


_read_conversation_id = plain_reader("conversation_id", (str,), "a string", False)

_read_agent_output_audio_format = plain_reader("agent_output_audio_format", (str,), "a string", False)

_read_user_input_audio_format = plain_reader("user_input_audio_format", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "conversation_id",
        "agent_output_audio_format",
        "user_input_audio_format",
    )
)


def _read_additional_properties(
    cls: type[ConversationInitiationMetadataConversationInitiationMetadataEvent], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationInitiationMetadataConversationInitiationMetadataEvent],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    conversation_id = d.get("conversation_id", UNSET)
    if conversation_id.__class__ is not str and conversation_id is not UNSET:
        conversation_id = _read_conversation_id(cls, d)

    agent_output_audio_format = d.get("agent_output_audio_format", UNSET)
    if agent_output_audio_format.__class__ is not str and agent_output_audio_format is not UNSET:
        agent_output_audio_format = _read_agent_output_audio_format(cls, d)

    user_input_audio_format = d.get("user_input_audio_format", UNSET)
    if user_input_audio_format.__class__ is not str and user_input_audio_format is not UNSET:
        user_input_audio_format = _read_user_input_audio_format(cls, d)

    return {
        "conversation_id": conversation_id,
        "agent_output_audio_format": agent_output_audio_format,
        "user_input_audio_format": user_input_audio_format,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConversationInitiationMetadataConversationInitiationMetadataEvent,
    _all_fields,
    {
        "conversation_id": _read_conversation_id,
        "agent_output_audio_format": _read_agent_output_audio_format,
        "user_input_audio_format": _read_user_input_audio_format,
        "additional_properties": _read_additional_properties,
    },
)
