from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class PrivacyConfigOutput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'apply_to_existing_conversations': False, 'delete_audio': False, 'delete_transcript_and_pii': False,
        'record_voice': True, 'retention_days': -1, 'zero_retention_mode': False}

    Attributes:
        record_voice: Whether to record the conversation Defaults to True on the server.
        retention_days: The number of days to retain the conversation. -1 indicates there is no retention limit Defaults
            to -1 on the server.
        delete_transcript_and_pii: Whether to delete the transcript and PII Defaults to False on the server.
        delete_audio: Whether to delete the audio Defaults to False on the server.
        apply_to_existing_conversations: Whether to apply the privacy settings to existing conversations Defaults to
            False on the server.
        zero_retention_mode: Whether to enable zero retention mode - no PII data is stored Defaults to False on the
            server.
    """

    record_voice: bool | Unset = UNSET

    retention_days: int | Unset = UNSET

    delete_transcript_and_pii: bool | Unset = UNSET

    delete_audio: bool | Unset = UNSET

    apply_to_existing_conversations: bool | Unset = UNSET

    zero_retention_mode: bool | Unset = UNSET

    conversation_history_redaction: ConversationHistoryRedactionConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("record_voice", "record_voice", BOOL),
        Field("retention_days", "retention_days", INT),
        Field("delete_transcript_and_pii", "delete_transcript_and_pii", BOOL),
        Field("delete_audio", "delete_audio", BOOL),
        Field("apply_to_existing_conversations", "apply_to_existing_conversations", BOOL),
        Field("zero_retention_mode", "zero_retention_mode", BOOL),
        Field(
            "conversation_history_redaction",
            "conversation_history_redaction",
            object_of("ConversationHistoryRedactionConfig"),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_redaction_config import ConversationHistoryRedactionConfig
