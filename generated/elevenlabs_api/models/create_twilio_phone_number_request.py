from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, BOOL, NULL, STR, AdditionalProperties, Field, Lazy, const, dict_of, literal, object_of, union
from ..models._literals import TwilioEdgeLocation, TwilioRegionId
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class CreateTwilioPhoneNumberRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    phone_number: Phone number
    label: Label for the phone number
    sid: Twilio Account SID
    token: Twilio Auth Token
    supports_inbound: This field is deprecated and will be removed in the future. Whether this phone number supports
        inbound calls Defaults to True on the server.
    supports_outbound: This field is deprecated and will be removed in the future. Whether this phone number
        supports outbound calls Defaults to True on the server.
    provider:  Default: 'twilio'.
    agent_id: Agent ID to assign the phone number to
    region_config: Twilio Additional Region Configuration
    enable_sms: Route inbound SMS to ElevenLabs. On by default; set to false to skip SMS configuration for numbers
        that don't support it. Defaults to True on the server.
    """

    phone_number: str

    label: str

    sid: str

    token: str

    supports_inbound: bool | Unset = UNSET

    supports_outbound: bool | Unset = UNSET

    provider: Literal["twilio"] | Unset = _attrs_field(
        default="twilio",
        kw_only=True,
        validator=types.tag("CreateTwilioPhoneNumberRequest", "provider", "twilio"),
    )

    agent_id: None | str | Unset = UNSET

    region_config: None | RegionConfigRequest | Unset = UNSET

    enable_sms: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("phone_number", "phone_number", STR, required=True),
        Field("label", "label", STR, required=True),
        Field("sid", "sid", STR, required=True),
        Field("token", "token", STR, required=True),
        Field("supports_inbound", "supports_inbound", BOOL),
        Field("supports_outbound", "supports_outbound", BOOL),
        Field("provider", "provider", const("twilio")),
        Field("agent_id", "agent_id", union(STR, NULL)),
        Field("region_config", "region_config", union(object_of("RegionConfigRequest"), NULL)),
        Field("enable_sms", "enable_sms", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class RegionConfigRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    region_id: Valid Twilio region IDs.
    token: Auth Token for this region
    edge_location: Valid Twilio edge locations.
    """

    region_id: TwilioRegionId

    token: str

    edge_location: TwilioEdgeLocation

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("region_id", "region_id", literal("TwilioRegionId"), required=True),
        Field("token", "token", STR, required=True),
        Field("edge_location", "edge_location", literal("TwilioEdgeLocation"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
