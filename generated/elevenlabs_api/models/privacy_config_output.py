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
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="PrivacyConfigOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PrivacyConfigOutput(Lazy):
    """Example:
        {'apply_to_existing_conversations': False, 'delete_audio': False, 'delete_transcript_and_pii': False,
        'record_voice': True, 'retention_days': -1, 'zero_retention_mode': False}

    Attributes:
        record_voice (bool | Unset): Whether to record the conversation Defaults to True on the server.
        retention_days (int | Unset): The number of days to retain the conversation. -1 indicates there is no retention
            limit Defaults to -1 on the server.
        delete_transcript_and_pii (bool | Unset): Whether to delete the transcript and PII Defaults to False on the
            server.
        delete_audio (bool | Unset): Whether to delete the audio Defaults to False on the server.
        apply_to_existing_conversations (bool | Unset): Whether to apply the privacy settings to existing conversations
            Defaults to False on the server.
        zero_retention_mode (bool | Unset): Whether to enable zero retention mode - no PII data is stored Defaults to
            False on the server.
        conversation_history_redaction (ConversationHistoryRedactionConfig | Unset):
    """

    record_voice: bool | Unset = UNSET

    retention_days: int | Unset = UNSET

    delete_transcript_and_pii: bool | Unset = UNSET

    delete_audio: bool | Unset = UNSET

    apply_to_existing_conversations: bool | Unset = UNSET

    zero_retention_mode: bool | Unset = UNSET

    conversation_history_redaction: ConversationHistoryRedactionConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        record_voice = self.record_voice

        retention_days = self.retention_days

        delete_transcript_and_pii = self.delete_transcript_and_pii

        delete_audio = self.delete_audio

        apply_to_existing_conversations = self.apply_to_existing_conversations

        zero_retention_mode = self.zero_retention_mode

        conversation_history_redaction: Any
        try:
            conversation_history_redaction = UNSET
            if not isinstance(self.conversation_history_redaction, Unset):
                conversation_history_redaction = self.conversation_history_redaction.to_dict()
        except (AttributeError, TypeError):
            conversation_history_redaction = self.conversation_history_redaction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if record_voice is not UNSET:
            field_dict["record_voice"] = record_voice
        if retention_days is not UNSET:
            field_dict["retention_days"] = retention_days
        if delete_transcript_and_pii is not UNSET:
            field_dict["delete_transcript_and_pii"] = delete_transcript_and_pii
        if delete_audio is not UNSET:
            field_dict["delete_audio"] = delete_audio
        if apply_to_existing_conversations is not UNSET:
            field_dict["apply_to_existing_conversations"] = apply_to_existing_conversations
        if zero_retention_mode is not UNSET:
            field_dict["zero_retention_mode"] = zero_retention_mode
        if conversation_history_redaction is not UNSET:
            field_dict["conversation_history_redaction"] = conversation_history_redaction
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        privacy_config_output = cls.__new__(cls)
        privacy_config_output.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return privacy_config_output

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


_read_record_voice = plain_reader("record_voice", (bool,), "a boolean", False)

_read_retention_days = plain_reader("retention_days", (int,), "an integer", False)

_read_delete_transcript_and_pii = plain_reader("delete_transcript_and_pii", (bool,), "a boolean", False)

_read_delete_audio = plain_reader("delete_audio", (bool,), "a boolean", False)

_read_apply_to_existing_conversations = plain_reader("apply_to_existing_conversations", (bool,), "a boolean", False)

_read_zero_retention_mode = plain_reader("zero_retention_mode", (bool,), "a boolean", False)


def _read_conversation_history_redaction(cls: type[PrivacyConfigOutput], d: Mapping[str, Any]) -> Any:
    conversation_history_redaction_raw = d.get("conversation_history_redaction", UNSET)
    try:
        _conversation_history_redaction = conversation_history_redaction_raw
        conversation_history_redaction: ConversationHistoryRedactionConfig | Unset
        if isinstance(_conversation_history_redaction, Unset):
            conversation_history_redaction = UNSET
        else:
            conversation_history_redaction = ConversationHistoryRedactionConfig.from_dict(
                _conversation_history_redaction
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        conversation_history_redaction = deviating_field(
            cls, "conversation_history_redaction", conversation_history_redaction_raw
        )

    return conversation_history_redaction


_FIELDS: frozenset[str] = frozenset(
    (
        "record_voice",
        "retention_days",
        "delete_transcript_and_pii",
        "delete_audio",
        "apply_to_existing_conversations",
        "zero_retention_mode",
        "conversation_history_redaction",
    )
)


def _read_additional_properties(cls: type[PrivacyConfigOutput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[PrivacyConfigOutput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    record_voice = d.get("record_voice", UNSET)
    if record_voice.__class__ is not bool and record_voice is not UNSET:
        record_voice = _read_record_voice(cls, d)

    retention_days = d.get("retention_days", UNSET)
    if retention_days.__class__ is not int and retention_days is not UNSET:
        retention_days = _read_retention_days(cls, d)

    delete_transcript_and_pii = d.get("delete_transcript_and_pii", UNSET)
    if delete_transcript_and_pii.__class__ is not bool and delete_transcript_and_pii is not UNSET:
        delete_transcript_and_pii = _read_delete_transcript_and_pii(cls, d)

    delete_audio = d.get("delete_audio", UNSET)
    if delete_audio.__class__ is not bool and delete_audio is not UNSET:
        delete_audio = _read_delete_audio(cls, d)

    apply_to_existing_conversations = d.get("apply_to_existing_conversations", UNSET)
    if apply_to_existing_conversations.__class__ is not bool and apply_to_existing_conversations is not UNSET:
        apply_to_existing_conversations = _read_apply_to_existing_conversations(cls, d)

    zero_retention_mode = d.get("zero_retention_mode", UNSET)
    if zero_retention_mode.__class__ is not bool and zero_retention_mode is not UNSET:
        zero_retention_mode = _read_zero_retention_mode(cls, d)

    if "conversation_history_redaction" in known:
        conversation_history_redaction = known["conversation_history_redaction"]
    else:
        conversation_history_redaction = d.get("conversation_history_redaction", UNSET)
        if conversation_history_redaction is not UNSET:
            conversation_history_redaction = _read_conversation_history_redaction(cls, d)

    return {
        "record_voice": record_voice,
        "retention_days": retention_days,
        "delete_transcript_and_pii": delete_transcript_and_pii,
        "delete_audio": delete_audio,
        "apply_to_existing_conversations": apply_to_existing_conversations,
        "zero_retention_mode": zero_retention_mode,
        "conversation_history_redaction": conversation_history_redaction,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    PrivacyConfigOutput,
    _all_fields,
    {
        "record_voice": _read_record_voice,
        "retention_days": _read_retention_days,
        "delete_transcript_and_pii": _read_delete_transcript_and_pii,
        "delete_audio": _read_delete_audio,
        "apply_to_existing_conversations": _read_apply_to_existing_conversations,
        "zero_retention_mode": _read_zero_retention_mode,
        "conversation_history_redaction": _read_conversation_history_redaction,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_redaction_config import ConversationHistoryRedactionConfig
