from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    NULL,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class AgentWorkspaceOverridesInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    conversation_initiation_client_data_webhook: The webhook to send conversation initiation client data to
    """

    conversation_initiation_client_data_webhook: ConversationInitiationClientDataWebhook | None | Unset = UNSET

    webhooks: ConvAiWebhooks | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "conversation_initiation_client_data_webhook",
            "conversation_initiation_client_data_webhook",
            union(object_of("ConversationInitiationClientDataWebhook"), NULL),
        ),
        Field("webhooks", "webhooks", object_of("ConvAiWebhooks")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conv_ai_webhooks import ConvAiWebhooks
from ..models.conversation_initiation_client_data_webhook import ConversationInitiationClientDataWebhook
