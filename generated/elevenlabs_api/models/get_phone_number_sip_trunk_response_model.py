from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import LivekitStackType
from ..types import (
    ANY,
    BOOL,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    literal,
    object_of,
    union,
)


@_attrs_define(slots=False)
class GetPhoneNumberSipTrunkResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'label': 'Sales Team', 'livekit_stack': 'standard', 'phone_number': '+1987654321', 'phone_number_id':
        'phone_456', 'provider': 'sip_trunk'}

    Attributes:
        phone_number: Phone number
        label: Label for the phone number
        phone_number_id: The ID of the phone number
        livekit_stack: Type of Livekit stack used for this number.
        supports_inbound: This field is deprecated and will be removed in the future. Whether this phone number supports
            inbound calls Defaults to True on the server.
        supports_outbound: This field is deprecated and will be removed in the future. Whether this phone number
            supports outbound calls Defaults to True on the server.
        assigned_agent: The agent that is assigned to the phone number
        provider: Phone provider Default: 'sip_trunk'.
        outbound_trunk: Configuration of the Outbound SIP trunk - if configured.
        inbound_trunk: Configuration of the Inbound SIP trunk - if configured.
        store_sip_messages: Whether to store SIP messages for this phone number. Defaults to True on the server.
    """

    phone_number: str

    label: str

    phone_number_id: str

    livekit_stack: LivekitStackType | str

    supports_inbound: bool | Unset = UNSET

    supports_outbound: bool | Unset = UNSET

    assigned_agent: None | PhoneNumberAgentInfo | Unset = UNSET

    provider: Literal["sip_trunk"] | Unset = _attrs_field(
        default="sip_trunk",
        kw_only=True,
        validator=types.tag("GetPhoneNumberSipTrunkResponseModel", "provider", "sip_trunk"),
    )

    provider_config: GetPhoneNumberOutboundSipTrunkConfigResponseModel | None | Unset = UNSET

    outbound_trunk: GetPhoneNumberOutboundSipTrunkConfigResponseModel | None | Unset = UNSET

    inbound_trunk: GetPhoneNumberInboundSipTrunkConfigResponseModel | None | Unset = UNSET

    store_sip_messages: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("phone_number", "phone_number", STR, required=True),
        Field("label", "label", STR, required=True),
        Field("phone_number_id", "phone_number_id", STR, required=True),
        Field("livekit_stack", "livekit_stack", union(literal("LivekitStackType"), STR), required=True),
        Field("supports_inbound", "supports_inbound", BOOL),
        Field("supports_outbound", "supports_outbound", BOOL),
        Field("assigned_agent", "assigned_agent", union(object_of("PhoneNumberAgentInfo"), NULL)),
        Field("provider", "provider", const("sip_trunk")),
        Field(
            "provider_config",
            "provider_config",
            union(object_of("GetPhoneNumberOutboundSipTrunkConfigResponseModel"), NULL),
        ),
        Field(
            "outbound_trunk",
            "outbound_trunk",
            union(object_of("GetPhoneNumberOutboundSipTrunkConfigResponseModel"), NULL),
        ),
        Field(
            "inbound_trunk", "inbound_trunk", union(object_of("GetPhoneNumberInboundSipTrunkConfigResponseModel"), NULL)
        ),
        Field("store_sip_messages", "store_sip_messages", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.get_phone_number_inbound_sip_trunk_config_response_model import (
    GetPhoneNumberInboundSipTrunkConfigResponseModel,
)
from ..models.get_phone_number_outbound_sip_trunk_config_response_model import (
    GetPhoneNumberOutboundSipTrunkConfigResponseModel,
)
from ..models.phone_number_agent_info import PhoneNumberAgentInfo
