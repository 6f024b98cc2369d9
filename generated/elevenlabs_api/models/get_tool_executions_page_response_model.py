from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetToolExecutionsPageResponseModel(Lazy, AdditionalProperties[Any]):
    executions: list[ToolExecutionResponseModel]

    has_more: bool

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("executions", "executions", list_of(object_of("ToolExecutionResponseModel")), required=True),
        Field("has_more", "has_more", BOOL, required=True),
        Field("next_cursor", "next_cursor", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
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


@_attrs_define(slots=False)
class ToolExecutionResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    tool_id: The ID of the tool that was executed
    tool_request_id: The request/call ID associated with this tool execution
    conversation_id: The ID of the conversation where the tool was executed
    agent_id: The ID of the agent that ran the tool
    timestamp: Unix timestamp when the tool was executed
    latency_secs: How long the tool execution took
    branch_id: The branch ID if the agent has branches
    is_error: Whether the tool execution failed Defaults to False on the server.
    request_payload: LLM-extracted parameters sent to the tool (JSON string)
    response_payload: Response returned by the tool
    error_message: Error message if the tool execution failed
    error_type: Error category (internal, customer_config, customer_auth, external_server, external_client,
        client_timeout, unknown)
    """

    tool_id: str

    tool_request_id: str

    conversation_id: str

    agent_id: str

    timestamp: float

    latency_secs: float

    id: str

    branch_id: None | str | Unset = UNSET

    is_error: bool | Unset = UNSET

    request_payload: None | str | Unset = UNSET

    response_payload: None | str | Unset = UNSET

    error_message: None | str | Unset = UNSET

    error_type: None | str | Unset = UNSET

    tool_call_details: (
        ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput
        | ConversationHistoryTranscriptToolCallClientDetails
        | ConversationHistoryTranscriptToolCallMcpDetails
        | ConversationHistoryTranscriptToolCallWebhookDetails
        | None
        | UnknownVariant
        | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("tool_id", "tool_id", STR, required=True),
        Field("tool_request_id", "tool_request_id", STR, required=True),
        Field("conversation_id", "conversation_id", STR, required=True),
        Field("agent_id", "agent_id", STR, required=True),
        Field("timestamp", "timestamp", FLOAT, required=True),
        Field("latency_secs", "latency_secs", FLOAT, required=True),
        Field("id", "id", STR, required=True),
        Field("branch_id", "branch_id", union(STR, NULL)),
        Field("is_error", "is_error", BOOL),
        Field("request_payload", "request_payload", union(STR, NULL)),
        Field("response_payload", "response_payload", union(STR, NULL)),
        Field("error_message", "error_message", union(STR, NULL)),
        Field("error_type", "error_type", union(STR, NULL)),
        Field(
            "tool_call_details",
            "tool_call_details",
            union(
                object_of("ConversationHistoryTranscriptToolCallWebhookDetails"),
                object_of("ConversationHistoryTranscriptToolCallClientDetails"),
                object_of("ConversationHistoryTranscriptToolCallMcpDetails"),
                object_of("ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput"),
                object_of("UnknownVariant"),
                NULL,
            ),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


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
from ..models.unknown_variant import UnknownVariant
