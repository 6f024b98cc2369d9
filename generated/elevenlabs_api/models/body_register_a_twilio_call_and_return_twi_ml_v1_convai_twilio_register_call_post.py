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
    literal,
    object_of,
    union,
)
from ..models._literals import TelephonyDirection
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost(Lazy, AdditionalProperties[Any]):
    agent_id: str

    from_number: str

    to_number: str

    direction: TelephonyDirection | Unset = UNSET

    conversation_initiation_client_data: ConversationInitiationClientDataRequestInput | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agent_id", "agent_id", STR, required=True),
        Field("from_number", "from_number", STR, required=True),
        Field("to_number", "to_number", STR, required=True),
        Field("direction", "direction", literal("TelephonyDirection")),
        Field(
            "conversation_initiation_client_data",
            "conversation_initiation_client_data",
            union(object_of("ConversationInitiationClientDataRequestInput"), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_initiation_client_data_request_input import ConversationInitiationClientDataRequestInput
