from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import SipMediaEncryptionEnum
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.get_phone_number_inbound_sip_trunk_config_response_model_attributes_to_headers import (
    GetPhoneNumberInboundSipTrunkConfigResponseModelAttributesToHeaders,
)
