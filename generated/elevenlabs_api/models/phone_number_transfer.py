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
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import TransferTypeEnum
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class PhoneNumberTransfer(Lazy, AdditionalProperties[Any]):
    """Attributes:
    custom_sip_headers: Custom SIP headers to include when transferring the call. Each header can be either a static
        value or a dynamic variable reference.
    transfer_type: Defaults to 'conference' on the server.
    uui: User-to-User Information (RFC 7433) to attach to SIP REFER transfers. Carries call context such as CRM
        identifiers or escalation reason across the transfer boundary.
    post_dial_digits: DTMF digits to send after call connects (e.g., 'ww1234' for extension). Can be either a static
        value or a dynamic variable reference. Use 'w' for 0.5s pause. Only supported for Twilio transfers.
    """

    transfer_destination: (
        PhoneNumberDynamicVariableTransferDestination
        | PhoneNumberTransferDestination
        | SipUriDynamicVariableTransferDestination
        | SipUriTransferDestination
        | UnknownVariant
    )

    condition: str

    custom_sip_headers: list[CustomSipHeader | CustomSipHeaderWithDynamicVariable | UnknownVariant] | Unset = UNSET

    transfer_type: str | TransferTypeEnum | Unset = UNSET

    uui: None | Unset | UuiTransferConfig = UNSET

    post_dial_digits: None | PostDialDigitsDynamicVariable | PostDialDigitsStatic | UnknownVariant | Unset = UNSET

    phone_number: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "transfer_destination",
            "transfer_destination",
            union(
                object_of("PhoneNumberTransferDestination"),
                object_of("SipUriTransferDestination"),
                object_of("PhoneNumberDynamicVariableTransferDestination"),
                object_of("SipUriDynamicVariableTransferDestination"),
                object_of("UnknownVariant"),
            ),
            required=True,
        ),
        Field("condition", "condition", STR, required=True),
        Field(
            "custom_sip_headers",
            "custom_sip_headers",
            list_of(
                union(
                    object_of("CustomSipHeader"),
                    object_of("CustomSipHeaderWithDynamicVariable"),
                    object_of("UnknownVariant"),
                )
            ),
        ),
        Field("transfer_type", "transfer_type", union(literal("TransferTypeEnum"), STR)),
        Field("uui", "uui", union(object_of("UuiTransferConfig"), NULL)),
        Field(
            "post_dial_digits",
            "post_dial_digits",
            union(
                object_of("PostDialDigitsStatic"),
                object_of("PostDialDigitsDynamicVariable"),
                object_of("UnknownVariant"),
                NULL,
            ),
        ),
        Field("phone_number", "phone_number", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.custom_sip_header import CustomSipHeader
from ..models.custom_sip_header_with_dynamic_variable import CustomSipHeaderWithDynamicVariable
from ..models.phone_number_dynamic_variable_transfer_destination import PhoneNumberDynamicVariableTransferDestination
from ..models.phone_number_transfer_destination import PhoneNumberTransferDestination
from ..models.post_dial_digits_dynamic_variable import PostDialDigitsDynamicVariable
from ..models.post_dial_digits_static import PostDialDigitsStatic
from ..models.sip_uri_dynamic_variable_transfer_destination import SipUriDynamicVariableTransferDestination
from ..models.sip_uri_transfer_destination import SipUriTransferDestination
from ..models.unknown_variant import UnknownVariant
from ..models.uui_transfer_config import UuiTransferConfig
