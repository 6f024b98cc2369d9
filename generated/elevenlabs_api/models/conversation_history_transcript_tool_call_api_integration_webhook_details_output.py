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
    const,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'api_integration_webhook'.
    integration_id:  Default: ''.
    credential_id:  Default: ''.
    integration_connection_id:  Default: ''.
    """

    webhook_details: ConversationHistoryTranscriptToolCallWebhookDetails

    type_: Literal["api_integration_webhook"] = _attrs_field(
        default="api_integration_webhook",
        kw_only=True,
        alias="type",
        validator=types.tag(
            "ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput", "type", "api_integration_webhook"
        ),
    )

    integration_id: str = ""

    credential_id: str = ""

    integration_connection_id: str = ""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("api_integration_webhook"), required=True),
        Field("integration_id", "integration_id", STR, required=True),
        Field("credential_id", "credential_id", STR, required=True),
        Field("integration_connection_id", "integration_connection_id", STR, required=True),
        Field(
            "webhook_details",
            "webhook_details",
            object_of("ConversationHistoryTranscriptToolCallWebhookDetails"),
            required=True,
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_transcript_tool_call_webhook_details import (
    ConversationHistoryTranscriptToolCallWebhookDetails,
)
