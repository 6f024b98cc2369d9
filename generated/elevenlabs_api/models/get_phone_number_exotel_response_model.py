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
class GetPhoneNumberExotelResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'label': 'Exotel Outbound', 'phone_number': '+919999999999', 'phone_number_id': 'phnum_X3Pbu5gP6NNKBscdCdwB',
        'provider': 'exotel'}

    Attributes:
        phone_number: Phone number
        label: Label for the phone number
        phone_number_id: The ID of the phone number
        supports_inbound: This field is deprecated and will be removed in the future. Whether this phone number supports
            inbound calls Defaults to True on the server.
        supports_outbound: This field is deprecated and will be removed in the future. Whether this phone number
            supports outbound calls Defaults to True on the server.
        assigned_agent: The agent that is assigned to the phone number
        provider: Phone provider Default: 'exotel'.
    """

    phone_number: str

    label: str

    phone_number_id: str

    supports_inbound: bool | Unset = UNSET

    supports_outbound: bool | Unset = UNSET

    assigned_agent: None | PhoneNumberAgentInfo | Unset = UNSET

    provider: Literal["exotel"] | Unset = _attrs_field(
        default="exotel",
        kw_only=True,
        validator=types.tag("GetPhoneNumberExotelResponseModel", "provider", "exotel"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("phone_number", "phone_number", STR, required=True),
        Field("label", "label", STR, required=True),
        Field("phone_number_id", "phone_number_id", STR, required=True),
        Field("supports_inbound", "supports_inbound", BOOL),
        Field("supports_outbound", "supports_outbound", BOOL),
        Field("assigned_agent", "assigned_agent", union(object_of("PhoneNumberAgentInfo"), NULL)),
        Field("provider", "provider", const("exotel")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.phone_number_agent_info import PhoneNumberAgentInfo
