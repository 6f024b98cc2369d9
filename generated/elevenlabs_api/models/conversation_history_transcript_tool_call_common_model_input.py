from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, BOOL, NULL, STR, AdditionalProperties, Field, Lazy, const, dict_of, literal, object_of, union
from ..models._literals import ToolType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationHistoryTranscriptToolCallCommonModelInput(Lazy, AdditionalProperties[Any]):
    request_id: str

    tool_name: str

    params_as_json: str

    tool_has_been_called: bool

    type_: None | ToolType | Unset = UNSET

    tool_details: (
        ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput
        | ConversationHistoryTranscriptToolCallClientDetails
        | ConversationHistoryTranscriptToolCallMcpDetails
        | ConversationHistoryTranscriptToolCallWebhookDetails
        | None
        | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("request_id", "request_id", STR, required=True),
        Field("tool_name", "tool_name", STR, required=True),
        Field("params_as_json", "params_as_json", STR, required=True),
        Field("tool_has_been_called", "tool_has_been_called", BOOL, required=True),
        Field("type_", "type", union(literal("ToolType"), NULL)),
        Field(
            "tool_details",
            "tool_details",
            union(
                object_of("ConversationHistoryTranscriptToolCallWebhookDetails"),
                object_of("ConversationHistoryTranscriptToolCallClientDetails"),
                object_of("ConversationHistoryTranscriptToolCallMcpDetails"),
                object_of("ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput"),
                NULL,
            ),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'api_integration_webhook'.
    integration_id: Defaults to empty on the server.
    credential_id: Defaults to empty on the server.
    integration_connection_id: Defaults to empty on the server.
    """

    webhook_details: ConversationHistoryTranscriptToolCallWebhookDetails

    type_: Literal["api_integration_webhook"] | Unset = _attrs_field(
        default="api_integration_webhook",
        kw_only=True,
        alias="type",
        validator=types.tag(
            "ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput", "type", "api_integration_webhook"
        ),
    )

    integration_id: str | Unset = UNSET

    credential_id: str | Unset = UNSET

    integration_connection_id: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "webhook_details",
            "webhook_details",
            object_of("ConversationHistoryTranscriptToolCallWebhookDetails"),
            required=True,
        ),
        Field("type_", "type", const("api_integration_webhook")),
        Field("integration_id", "integration_id", STR),
        Field("credential_id", "credential_id", STR),
        Field("integration_connection_id", "integration_connection_id", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_transcript_tool_call_client_details import (
    ConversationHistoryTranscriptToolCallClientDetails,
)
from ..models.conversation_history_transcript_tool_call_mcp_details import (
    ConversationHistoryTranscriptToolCallMcpDetails,
)
from ..models.conversation_history_transcript_tool_call_webhook_details import (
    ConversationHistoryTranscriptToolCallWebhookDetails,
)
