from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, literal, object_of, union
from ..models._literals import SipMediaEncryptionEnum
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class InboundSipTrunkConfigRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    allowed_addresses: List of IP addresses that are allowed to use the trunk. Each item in the list can be an
        individual IP address or a Classless Inter-Domain Routing notation representing a CIDR block.
    allowed_numbers: List of phone numbers that are allowed to use the trunk.
    credentials: Optional digest authentication credentials (username/password).
    remote_domains: Domains of remote SIP servers used to validate TLS certificates.
    attributes_to_headers: Map of dynamic variable name to header name for attributes_to_headers
    """

    allowed_addresses: list[str] | None | Unset = UNSET

    allowed_numbers: list[str] | None | Unset = UNSET

    media_encryption: SipMediaEncryptionEnum | Unset = UNSET

    credentials: None | SipTrunkCredentialsRequestModel | Unset = UNSET

    remote_domains: list[str] | None | Unset = UNSET

    attributes_to_headers: InboundSipTrunkConfigRequestModelAttributesToHeaders | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("allowed_addresses", "allowed_addresses", union(list_of(STR), NULL)),
        Field("allowed_numbers", "allowed_numbers", union(list_of(STR), NULL)),
        Field("media_encryption", "media_encryption", literal("SipMediaEncryptionEnum")),
        Field("credentials", "credentials", union(object_of("SipTrunkCredentialsRequestModel"), NULL)),
        Field("remote_domains", "remote_domains", union(list_of(STR), NULL)),
        Field(
            "attributes_to_headers",
            "attributes_to_headers",
            object_of("InboundSipTrunkConfigRequestModelAttributesToHeaders"),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class InboundSipTrunkConfigRequestModelAttributesToHeaders(Lazy, AdditionalProperties["str"]):
    """Map of dynamic variable name to header name for attributes_to_headers"""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.sip_trunk_credentials_request_model import SipTrunkCredentialsRequestModel
