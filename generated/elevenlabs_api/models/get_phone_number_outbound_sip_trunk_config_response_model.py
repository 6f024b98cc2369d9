from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    MediaCodec,
    SipMediaEncryptionEnum,
    SipTrunkTransportEnum,
)
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
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)


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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.get_phone_number_outbound_sip_trunk_config_response_model_attributes_to_headers import (
    GetPhoneNumberOutboundSipTrunkConfigResponseModelAttributesToHeaders,
)
from ..models.get_phone_number_outbound_sip_trunk_config_response_model_headers import (
    GetPhoneNumberOutboundSipTrunkConfigResponseModelHeaders,
)
