from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, INT, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    target_concurrency_limit: Maximum number of simultaneous calls for this batch. When set, dispatch is governed by
        this limit rather than workspace/agent capacity percentages.
    """

    call_name: str

    agent_id: str

    recipients: list[OutboundCallRecipient]

    scheduled_time_unix: int | None | Unset = UNSET

    agent_phone_number_id: None | str | Unset = UNSET

    whatsapp_params: BatchCallWhatsAppParams | None | Unset = UNSET

    timezone: None | str | Unset = UNSET

    branch_id: None | str | Unset = UNSET

    environment: None | str | Unset = UNSET

    telephony_call_config: TelephonyCallConfig | Unset = UNSET

    target_concurrency_limit: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("call_name", "call_name", STR, required=True),
        Field("agent_id", "agent_id", STR, required=True),
        Field("recipients", "recipients", list_of(object_of("OutboundCallRecipient")), required=True),
        Field("scheduled_time_unix", "scheduled_time_unix", union(INT, NULL)),
        Field("agent_phone_number_id", "agent_phone_number_id", union(STR, NULL)),
        Field("whatsapp_params", "whatsapp_params", union(object_of("BatchCallWhatsAppParams"), NULL)),
        Field("timezone", "timezone", union(STR, NULL)),
        Field("branch_id", "branch_id", union(STR, NULL)),
        Field("environment", "environment", union(STR, NULL)),
        Field("telephony_call_config", "telephony_call_config", object_of("TelephonyCallConfig")),
        Field("target_concurrency_limit", "target_concurrency_limit", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class OutboundCallRecipient(Lazy, AdditionalProperties[Any]):
    id: None | str | Unset = UNSET

    phone_number: None | str | Unset = UNSET

    whatsapp_user_id: None | str | Unset = UNSET

    conversation_initiation_client_data: ConversationInitiationClientDataRequestInput | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", union(STR, NULL)),
        Field("phone_number", "phone_number", union(STR, NULL)),
        Field("whatsapp_user_id", "whatsapp_user_id", union(STR, NULL)),
        Field(
            "conversation_initiation_client_data",
            "conversation_initiation_client_data",
            union(object_of("ConversationInitiationClientDataRequestInput"), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.batch_call_whats_app_params import BatchCallWhatsAppParams
from ..models.conversation_initiation_client_data_request_input import ConversationInitiationClientDataRequestInput
from ..models.telephony_call_config import TelephonyCallConfig
