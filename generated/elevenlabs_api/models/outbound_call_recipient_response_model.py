from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import BatchCallRecipientStatus
from ..types import (
    ANY,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    literal,
    object_of,
    union,
)


@_attrs_define(slots=False)
class OutboundCallRecipientResponseModel(Lazy, AdditionalProperties[Any]):
    id: str

    status: BatchCallRecipientStatus | str

    created_at_unix: int

    updated_at_unix: int

    conversation_id: None | str = None

    phone_number: None | str | Unset = UNSET

    whatsapp_user_id: None | str | Unset = UNSET

    conversation_initiation_client_data: ConversationInitiationClientDataInternal | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("status", "status", union(literal("BatchCallRecipientStatus"), STR), required=True),
        Field("created_at_unix", "created_at_unix", INT, required=True),
        Field("updated_at_unix", "updated_at_unix", INT, required=True),
        Field("conversation_id", "conversation_id", union(STR, NULL), required=True),
        Field("phone_number", "phone_number", union(STR, NULL)),
        Field("whatsapp_user_id", "whatsapp_user_id", union(STR, NULL)),
        Field(
            "conversation_initiation_client_data",
            "conversation_initiation_client_data",
            union(object_of("ConversationInitiationClientDataInternal"), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_initiation_client_data_internal import ConversationInitiationClientDataInternal
