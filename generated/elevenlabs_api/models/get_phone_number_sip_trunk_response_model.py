from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import LivekitStackType, MediaCodec, SipMediaEncryptionEnum, SipTrunkTransportEnum
from ..types import UNSET, Unset


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


@_attrs_define(slots=False)
class GetPhoneNumberInboundSipTrunkConfigResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    allowed_addresses: List of IP addresses that are allowed to use the trunk. Each item in the list can be an
        individual IP address or a Classless Inter-Domain Routing notation representing a CIDR block.
    allowed_numbers: List of phone numbers that are allowed to use the trunk.
    has_auth_credentials: Whether authentication credentials are configured
    username: SIP trunk username (if available)
    remote_domains: Domains of remote SIP servers used to validate TLS certificates.
    attributes_to_headers: Map of dynamic variable name to header name for attributes_to_headers
    """

    allowed_addresses: list[str]

    allowed_numbers: list[str] | None = _attrs_field(default=None, kw_only=True)

    media_encryption: SipMediaEncryptionEnum | str

    has_auth_credentials: bool

    username: None | str | Unset = UNSET

    remote_domains: list[str] | None | Unset = UNSET

    attributes_to_headers: GetPhoneNumberInboundSipTrunkConfigResponseModelAttributesToHeaders | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("allowed_addresses", "allowed_addresses", list_of(STR), required=True),
        Field("allowed_numbers", "allowed_numbers", union(list_of(STR), NULL), required=True),
        Field("media_encryption", "media_encryption", union(literal("SipMediaEncryptionEnum"), STR), required=True),
        Field("has_auth_credentials", "has_auth_credentials", BOOL, required=True),
        Field("username", "username", union(STR, NULL)),
        Field("remote_domains", "remote_domains", union(list_of(STR), NULL)),
        Field(
            "attributes_to_headers",
            "attributes_to_headers",
            object_of("GetPhoneNumberInboundSipTrunkConfigResponseModelAttributesToHeaders"),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class GetPhoneNumberInboundSipTrunkConfigResponseModelAttributesToHeaders(Lazy, AdditionalProperties["str"]):
    """Map of dynamic variable name to header name for attributes_to_headers"""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)


@_attrs_define(slots=False)
class GetPhoneNumberOutboundSipTrunkConfigResponseModel(Lazy, AdditionalProperties[Any]):
    """SIP Trunk configuration details for a phone number

    Attributes:
        address: Hostname or IP the SIP INVITE is sent to
        transport: Protocol to use for SIP transport
        media_encryption: Whether or not to encrypt media (data layer).
        has_auth_credentials: Whether authentication credentials are configured
        headers: SIP headers for INVITE request
        attributes_to_headers: Map of dynamic variable name to header name for attributes_to_headers
        username: SIP trunk username (if available)
        has_outbound_trunk: Whether a LiveKit SIP outbound trunk is configured Defaults to False on the server.
        enabled_codecs: Media codecs that are offered in the SDP for outbound calls. If empty, all supported codecs are
            offered.
    """

    address: str

    transport: SipTrunkTransportEnum | str

    media_encryption: SipMediaEncryptionEnum | str

    has_auth_credentials: bool

    headers: GetPhoneNumberOutboundSipTrunkConfigResponseModelHeaders | Unset = UNSET

    attributes_to_headers: GetPhoneNumberOutboundSipTrunkConfigResponseModelAttributesToHeaders | Unset = UNSET

    username: None | str | Unset = UNSET

    has_outbound_trunk: bool | Unset = UNSET

    enabled_codecs: list[MediaCodec | str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("address", "address", STR, required=True),
        Field("transport", "transport", union(literal("SipTrunkTransportEnum"), STR), required=True),
        Field("media_encryption", "media_encryption", union(literal("SipMediaEncryptionEnum"), STR), required=True),
        Field("has_auth_credentials", "has_auth_credentials", BOOL, required=True),
        Field("headers", "headers", object_of("GetPhoneNumberOutboundSipTrunkConfigResponseModelHeaders")),
        Field(
            "attributes_to_headers",
            "attributes_to_headers",
            object_of("GetPhoneNumberOutboundSipTrunkConfigResponseModelAttributesToHeaders"),
        ),
        Field("username", "username", union(STR, NULL)),
        Field("has_outbound_trunk", "has_outbound_trunk", BOOL),
        Field("enabled_codecs", "enabled_codecs", list_of(union(literal("MediaCodec"), STR))),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class GetPhoneNumberOutboundSipTrunkConfigResponseModelAttributesToHeaders(Lazy, AdditionalProperties["str"]):
    """Map of dynamic variable name to header name for attributes_to_headers"""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)


@_attrs_define(slots=False)
class GetPhoneNumberOutboundSipTrunkConfigResponseModelHeaders(Lazy, AdditionalProperties["str"]):
    """SIP headers for INVITE request"""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.phone_number_agent_info import PhoneNumberAgentInfo
