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
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class CreateSipTrunkPhoneNumberRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    phone_number: Phone number
    label: Label for the phone number
    supports_inbound: This field is deprecated and will be removed in the future. Whether this phone number supports
        inbound calls Defaults to True on the server.
    supports_outbound: This field is deprecated and will be removed in the future. Whether this phone number
        supports outbound calls Defaults to True on the server.
    provider:  Default: 'sip_trunk'.
    agent_id: Agent ID to assign the phone number to
    """

    phone_number: str

    label: str

    supports_inbound: bool | Unset = UNSET

    supports_outbound: bool | Unset = UNSET

    provider: Literal["sip_trunk"] | Unset = _attrs_field(
        default="sip_trunk",
        kw_only=True,
        validator=types.tag("CreateSipTrunkPhoneNumberRequest", "provider", "sip_trunk"),
    )

    agent_id: None | str | Unset = UNSET

    inbound_trunk_config: InboundSipTrunkConfigRequestModel | None | Unset = UNSET

    outbound_trunk_config: None | OutboundSipTrunkConfigRequestModel | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("phone_number", "phone_number", STR, required=True),
        Field("label", "label", STR, required=True),
        Field("supports_inbound", "supports_inbound", BOOL),
        Field("supports_outbound", "supports_outbound", BOOL),
        Field("provider", "provider", const("sip_trunk")),
        Field("agent_id", "agent_id", union(STR, NULL)),
        Field(
            "inbound_trunk_config", "inbound_trunk_config", union(object_of("InboundSipTrunkConfigRequestModel"), NULL)
        ),
        Field(
            "outbound_trunk_config",
            "outbound_trunk_config",
            union(object_of("OutboundSipTrunkConfigRequestModel"), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.inbound_sip_trunk_config_request_model import InboundSipTrunkConfigRequestModel
from ..models.outbound_sip_trunk_config_request_model import OutboundSipTrunkConfigRequestModel
