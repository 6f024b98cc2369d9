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
    union,
)
from ..models._literals import (
    UuiTransferConfigProtocolDiscriminatorModeType0,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class UuiTransferConfig(Lazy, AdditionalProperties[Any]):
    """User-to-User Information envelope for SIP REFER transfers (RFC 7433).

    Outbound payloads are hex-encoded (the only encoding RFC 7433 defines). The
    protocol discriminator axis lets per-platform formats (Talkdesk, Genesys, ...)
    be expressed by configuration rather than scattered transfer flags. Further
    axes (ASCII encoding, header name, purpose/content parameters) can be added
    here without touching the transfer model.

    Attributes:
        data: UUI payload to send on SIP REFER transfers. Supports inline dynamic variables and is hex-encoded at
            transfer time.
        protocol_discriminator: Optional one-octet protocol discriminator (two hex digits, e.g. '00'). Required by
            platforms such as Genesys Cloud, which otherwise strip the first octet of the payload. Leave unset for platforms
            like Talkdesk that expect a bare hex payload.
        protocol_discriminator_mode: How to attach protocol_discriminator. 'prefix' prepends the octet to the hex
            payload (User-to-User=XX<hex>;encoding=hex). 'pd_parameter' sends it as a separate parameter (User-to-
            User=<hex>;pd=XX;encoding=hex). Ignored when protocol_discriminator is unset. Defaults to 'prefix' on the
            server.
    """

    data: str

    protocol_discriminator: None | str | Unset = UNSET

    protocol_discriminator_mode: str | Unset | UuiTransferConfigProtocolDiscriminatorModeType0 = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("data", "data", STR, required=True),
        Field("protocol_discriminator", "protocol_discriminator", union(STR, NULL)),
        Field(
            "protocol_discriminator_mode",
            "protocol_discriminator_mode",
            union(literal("UuiTransferConfigProtocolDiscriminatorModeType0"), STR),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )
