from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, literal, object_of, union
from ..models._literals import MediaCodec, SipMediaEncryptionEnum, SipTrunkTransportEnum
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class OutboundSipTrunkConfigRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    address: Hostname or IP the SIP INVITE is sent to.
    headers: SIP X-* headers for INVITE request. These headers are sent as-is and may help identify this call.
    attributes_to_headers: Map of dynamic variable name to header name for attributes_to_headers
    credentials: Optional digest authentication credentials (username/password). If not provided, ACL authentication
        is assumed.
    enabled_codecs: Media codecs that should be offered in the SDP for outbound calls. If empty, all supported
        codecs are offered.
    """

    address: str

    transport: SipTrunkTransportEnum | Unset = UNSET

    media_encryption: SipMediaEncryptionEnum | Unset = UNSET

    headers: OutboundSipTrunkConfigRequestModelHeaders | Unset = UNSET

    attributes_to_headers: OutboundSipTrunkConfigRequestModelAttributesToHeaders | Unset = UNSET

    credentials: None | SipTrunkCredentialsRequestModel | Unset = UNSET

    enabled_codecs: list[MediaCodec] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("address", "address", STR, required=True),
        Field("transport", "transport", literal("SipTrunkTransportEnum")),
        Field("media_encryption", "media_encryption", literal("SipMediaEncryptionEnum")),
        Field("headers", "headers", object_of("OutboundSipTrunkConfigRequestModelHeaders")),
        Field(
            "attributes_to_headers",
            "attributes_to_headers",
            object_of("OutboundSipTrunkConfigRequestModelAttributesToHeaders"),
        ),
        Field("credentials", "credentials", union(object_of("SipTrunkCredentialsRequestModel"), NULL)),
        Field("enabled_codecs", "enabled_codecs", list_of(literal("MediaCodec"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class OutboundSipTrunkConfigRequestModelAttributesToHeaders(Lazy, AdditionalProperties["str"]):
    """Map of dynamic variable name to header name for attributes_to_headers"""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)


@_attrs_define(slots=False)
class OutboundSipTrunkConfigRequestModelHeaders(Lazy, AdditionalProperties["str"]):
    """SIP X-* headers for INVITE request. These headers are sent as-is and may help identify this call."""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.sip_trunk_credentials_request_model import SipTrunkCredentialsRequestModel
