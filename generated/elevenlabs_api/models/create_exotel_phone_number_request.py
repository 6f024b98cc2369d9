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
    literal,
    union,
)
from ..models._literals import ExotelApiSubdomain
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class CreateExotelPhoneNumberRequest(Lazy, AdditionalProperties[Any]):
    """Example:
        {'account_sid': 'your-account-sid', 'api_key': 'your-api-key', 'api_subdomain': 'api.in.exotel.com',
        'api_token': '********', 'app_id': '12345', 'label': 'Exotel Outbound', 'phone_number': '+919999999999',
        'provider': 'exotel'}

    Attributes:
        phone_number: Phone number
        label: Label for the phone number
        account_sid: Exotel Account SID
        api_key: Exotel API Key
        api_token: Exotel API Token
        app_id: Exotel applet identifier used in Calls/connect
        supports_inbound: This field is deprecated and will be removed in the future. Whether this phone number supports
            inbound calls Defaults to True on the server.
        supports_outbound: This field is deprecated and will be removed in the future. Whether this phone number
            supports outbound calls Defaults to True on the server.
        provider:  Default: 'exotel'.
        agent_id: Agent ID to assign the phone number to
        applet_url: Optional full applet URL override. Defaults to Exotel start_voice URL derived from account SID and
            app ID.
    """

    phone_number: str

    label: str

    account_sid: str

    api_key: str

    api_token: str

    api_subdomain: ExotelApiSubdomain

    app_id: str

    supports_inbound: bool | Unset = UNSET

    supports_outbound: bool | Unset = UNSET

    provider: Literal["exotel"] | Unset = _attrs_field(
        default="exotel",
        kw_only=True,
        validator=types.tag("CreateExotelPhoneNumberRequest", "provider", "exotel"),
    )

    agent_id: None | str | Unset = UNSET

    applet_url: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("phone_number", "phone_number", STR, required=True),
        Field("label", "label", STR, required=True),
        Field("account_sid", "account_sid", STR, required=True),
        Field("api_key", "api_key", STR, required=True),
        Field("api_token", "api_token", STR, required=True),
        Field("api_subdomain", "api_subdomain", literal("ExotelApiSubdomain"), required=True),
        Field("app_id", "app_id", STR, required=True),
        Field("supports_inbound", "supports_inbound", BOOL),
        Field("supports_outbound", "supports_outbound", BOOL),
        Field("provider", "provider", const("exotel")),
        Field("agent_id", "agent_id", union(STR, NULL)),
        Field("applet_url", "applet_url", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
