from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyMakeAnOutboundCallViaWhatsAppV1ConvaiWhatsappOutboundCallPost(Lazy, AdditionalProperties[Any]):
    whatsapp_phone_number_id: str

    whatsapp_user_id: str

    whatsapp_call_permission_request_template_name: str

    whatsapp_call_permission_request_template_language_code: str

    agent_id: str

    conversation_initiation_client_data: ConversationInitiationClientDataRequestInput | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("whatsapp_phone_number_id", "whatsapp_phone_number_id", STR, required=True),
        Field("whatsapp_user_id", "whatsapp_user_id", STR, required=True),
        Field(
            "whatsapp_call_permission_request_template_name",
            "whatsapp_call_permission_request_template_name",
            STR,
            required=True,
        ),
        Field(
            "whatsapp_call_permission_request_template_language_code",
            "whatsapp_call_permission_request_template_language_code",
            STR,
            required=True,
        ),
        Field("agent_id", "agent_id", STR, required=True),
        Field(
            "conversation_initiation_client_data",
            "conversation_initiation_client_data",
            union(object_of("ConversationInitiationClientDataRequestInput"), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_initiation_client_data_request_input import ConversationInitiationClientDataRequestInput
