from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    NULL,
    STR,
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
from ..models.conversation_initiation_client_data_request_input import ConversationInitiationClientDataRequestInput
