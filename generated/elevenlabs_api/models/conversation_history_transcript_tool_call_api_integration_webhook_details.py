from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails(Lazy, AdditionalProperties[Any]):
    integration_id: str

    credential_id: str

    integration_connection_id: str

    webhook_details: ConversationHistoryTranscriptToolCallWebhookDetails

    type_: Literal["api_integration_webhook"] | Unset = _attrs_field(
        default="api_integration_webhook",
        kw_only=True,
        alias="type",
        validator=types.tag(
            "ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails", "type", "api_integration_webhook"
        ),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("integration_id", "integration_id", STR, required=True),
        Field("credential_id", "credential_id", STR, required=True),
        Field("integration_connection_id", "integration_connection_id", STR, required=True),
        Field(
            "webhook_details",
            "webhook_details",
            object_of("ConversationHistoryTranscriptToolCallWebhookDetails"),
            required=True,
        ),
        Field("type_", "type", const("api_integration_webhook")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_transcript_tool_call_webhook_details import (
    ConversationHistoryTranscriptToolCallWebhookDetails,
)
