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
class BodyHandleAnOutboundCallViaSipTrunkV1ConvaiSipTrunkOutboundCallPost(Lazy, AdditionalProperties[Any]):
    agent_id: str

    agent_phone_number_id: str

    to_number: str

    conversation_initiation_client_data: ConversationInitiationClientDataRequestInput | None | Unset = UNSET

    telephony_call_config: TelephonyCallConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agent_id", "agent_id", STR, required=True),
        Field("agent_phone_number_id", "agent_phone_number_id", STR, required=True),
        Field("to_number", "to_number", STR, required=True),
        Field(
            "conversation_initiation_client_data",
            "conversation_initiation_client_data",
            union(object_of("ConversationInitiationClientDataRequestInput"), NULL),
        ),
        Field("telephony_call_config", "telephony_call_config", object_of("TelephonyCallConfig")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_initiation_client_data_request_input import ConversationInitiationClientDataRequestInput
from ..models.telephony_call_config import TelephonyCallConfig
