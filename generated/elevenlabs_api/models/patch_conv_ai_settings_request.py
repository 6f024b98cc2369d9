from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    object_of,
    union,
)
from ..models._literals import LivekitStackType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class PatchConvAiSettingsRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    can_use_mcp_servers: Whether the workspace can use MCP servers Defaults to False on the server.
    rag_retention_period_days: Defaults to 10 on the server.
    conversation_embedding_retention_days: Days to retain conversation embeddings. None means use the system default
        (30 days).
    """

    conversation_initiation_client_data_webhook: ConversationInitiationClientDataWebhook | None | Unset = UNSET

    webhooks: ConvAiWebhooks | Unset = UNSET

    can_use_mcp_servers: bool | Unset = UNSET

    rag_retention_period_days: int | Unset = UNSET

    conversation_embedding_retention_days: int | None | Unset = UNSET

    default_livekit_stack: LivekitStackType | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "conversation_initiation_client_data_webhook",
            "conversation_initiation_client_data_webhook",
            union(object_of("ConversationInitiationClientDataWebhook"), NULL),
        ),
        Field("webhooks", "webhooks", object_of("ConvAiWebhooks")),
        Field("can_use_mcp_servers", "can_use_mcp_servers", BOOL),
        Field("rag_retention_period_days", "rag_retention_period_days", INT),
        Field("conversation_embedding_retention_days", "conversation_embedding_retention_days", union(INT, NULL)),
        Field("default_livekit_stack", "default_livekit_stack", literal("LivekitStackType")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conv_ai_webhooks import ConvAiWebhooks
from ..models.conversation_initiation_client_data_webhook import ConversationInitiationClientDataWebhook
