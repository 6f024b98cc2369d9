from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import TransferTypeEnum
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="PhoneNumberTransfer")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PhoneNumberTransfer(Lazy):
    """Attributes:
    transfer_destination (PhoneNumberDynamicVariableTransferDestination | PhoneNumberTransferDestination |
        SipUriDynamicVariableTransferDestination | SipUriTransferDestination | UnknownVariant):
    condition (str):
    custom_sip_headers (list[CustomSipHeader | CustomSipHeaderWithDynamicVariable | UnknownVariant] | Unset): Custom
        SIP headers to include when transferring the call. Each header can be either a static value or a dynamic
        variable reference.
    transfer_type (str | TransferTypeEnum | Unset): Defaults to 'conference' on the server.
    uui (None | Unset | UuiTransferConfig): User-to-User Information (RFC 7433) to attach to SIP REFER transfers.
        Carries call context such as CRM identifiers or escalation reason across the transfer boundary.
    post_dial_digits (None | PostDialDigitsDynamicVariable | PostDialDigitsStatic | UnknownVariant | Unset): DTMF
        digits to send after call connects (e.g., 'ww1234' for extension). Can be either a static value or a dynamic
        variable reference. Use 'w' for 0.5s pause. Only supported for Twilio transfers.
    phone_number (None | str | Unset):
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "transfer_destination",
        "condition",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        transfer_destination: Any
        try:
            if (
                isinstance(self.transfer_destination, PhoneNumberTransferDestination)
                or isinstance(self.transfer_destination, SipUriTransferDestination)
                or isinstance(self.transfer_destination, PhoneNumberDynamicVariableTransferDestination)
                or isinstance(self.transfer_destination, SipUriDynamicVariableTransferDestination)
                or isinstance(self.transfer_destination, UnknownVariant)
            ):
                transfer_destination = self.transfer_destination.to_dict()
            else:
                transfer_destination = self.transfer_destination

        except (AttributeError, TypeError):
            transfer_destination = self.transfer_destination

        condition = self.condition

        custom_sip_headers: Any
        try:
            custom_sip_headers = UNSET
            if not isinstance(self.custom_sip_headers, Unset):
                custom_sip_headers = []
                for custom_sip_headers_item_data in self.custom_sip_headers:
                    custom_sip_headers_item: dict[str, Any]
                    if (
                        isinstance(custom_sip_headers_item_data, CustomSipHeader)
                        or isinstance(custom_sip_headers_item_data, CustomSipHeaderWithDynamicVariable)
                        or isinstance(custom_sip_headers_item_data, UnknownVariant)
                    ):
                        custom_sip_headers_item = custom_sip_headers_item_data.to_dict()
                    else:
                        custom_sip_headers_item = custom_sip_headers_item_data

                    custom_sip_headers.append(custom_sip_headers_item)

        except (AttributeError, TypeError):
            custom_sip_headers = self.custom_sip_headers

        transfer_type: Any
        try:
            if isinstance(self.transfer_type, Unset):
                transfer_type = UNSET
            elif isinstance(self.transfer_type, str):
                transfer_type = self.transfer_type
            else:
                transfer_type = self.transfer_type

        except (AttributeError, TypeError):
            transfer_type = self.transfer_type

        uui: Any
        try:
            if isinstance(self.uui, Unset):
                uui = UNSET
            elif isinstance(self.uui, UuiTransferConfig):
                uui = self.uui.to_dict()
            else:
                uui = self.uui

        except (AttributeError, TypeError):
            uui = self.uui

        post_dial_digits: Any
        try:
            if isinstance(self.post_dial_digits, Unset):
                post_dial_digits = UNSET
            elif (
                isinstance(self.post_dial_digits, PostDialDigitsStatic)
                or isinstance(self.post_dial_digits, PostDialDigitsDynamicVariable)
                or isinstance(self.post_dial_digits, UnknownVariant)
            ):
                post_dial_digits = self.post_dial_digits.to_dict()
            else:
                post_dial_digits = self.post_dial_digits

        except (AttributeError, TypeError):
            post_dial_digits = self.post_dial_digits

        phone_number: Any
        try:
            phone_number = self.phone_number

        except (AttributeError, TypeError):
            phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if transfer_destination is not None or "transfer_destination" not in self._missing_fields:
            field_dict["transfer_destination"] = transfer_destination
        if condition is not None or "condition" not in self._missing_fields:
            field_dict["condition"] = condition
        if custom_sip_headers is not UNSET:
            field_dict["custom_sip_headers"] = custom_sip_headers
        if transfer_type is not UNSET:
            field_dict["transfer_type"] = transfer_type
        if uui is not UNSET:
            field_dict["uui"] = uui
        if post_dial_digits is not UNSET:
            field_dict["post_dial_digits"] = post_dial_digits
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        phone_number_transfer = cls.__new__(cls)
        phone_number_transfer.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return phone_number_transfer

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_transfer_destination(cls: type[PhoneNumberTransfer], d: Mapping[str, Any]) -> Any:
    transfer_destination_raw = d.get("transfer_destination", MISSING)
    if transfer_destination_raw is MISSING:
        transfer_destination = missing_field(cls, "transfer_destination")
    else:
        try:

            def _parse_transfer_destination(
                data: object,
            ) -> (
                PhoneNumberDynamicVariableTransferDestination
                | PhoneNumberTransferDestination
                | SipUriDynamicVariableTransferDestination
                | SipUriTransferDestination
                | UnknownVariant
            ):
                return parse_strictly(_parse_transfer_destination_member, data)

            def _parse_transfer_destination_member(
                data: object,
            ) -> (
                PhoneNumberDynamicVariableTransferDestination
                | PhoneNumberTransferDestination
                | SipUriDynamicVariableTransferDestination
                | SipUriTransferDestination
                | UnknownVariant
            ):
                if isinstance(data, dict):
                    for known in (
                        PhoneNumberTransferDestination,
                        SipUriTransferDestination,
                        PhoneNumberDynamicVariableTransferDestination,
                        SipUriDynamicVariableTransferDestination,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    transfer_destination_type_0 = PhoneNumberTransferDestination.from_dict(data)

                    return transfer_destination_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    transfer_destination_type_1 = SipUriTransferDestination.from_dict(data)

                    return transfer_destination_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    transfer_destination_type_2 = PhoneNumberDynamicVariableTransferDestination.from_dict(data)

                    return transfer_destination_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    transfer_destination_type_3 = SipUriDynamicVariableTransferDestination.from_dict(data)

                    return transfer_destination_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                transfer_destination_type_4 = UnknownVariant.from_dict(data)

                return transfer_destination_type_4

            transfer_destination = _parse_transfer_destination(transfer_destination_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            transfer_destination = deviating_field(cls, "transfer_destination", transfer_destination_raw)

    return transfer_destination


_read_condition = plain_reader("condition", (str,), "a string", True)


def _read_custom_sip_headers(cls: type[PhoneNumberTransfer], d: Mapping[str, Any]) -> Any:
    custom_sip_headers_raw = d.get("custom_sip_headers", UNSET)
    try:
        expect_array("custom_sip_headers", custom_sip_headers_raw)
        _custom_sip_headers = custom_sip_headers_raw
        custom_sip_headers: list[CustomSipHeader | CustomSipHeaderWithDynamicVariable | UnknownVariant] | Unset = UNSET
        if _custom_sip_headers is not UNSET:
            custom_sip_headers = []
            for custom_sip_headers_item_data in _custom_sip_headers:

                def _parse_custom_sip_headers_item(
                    data: object,
                ) -> CustomSipHeader | CustomSipHeaderWithDynamicVariable | UnknownVariant:
                    return parse_strictly(_parse_custom_sip_headers_item_member, data)

                def _parse_custom_sip_headers_item_member(
                    data: object,
                ) -> CustomSipHeader | CustomSipHeaderWithDynamicVariable | UnknownVariant:
                    if isinstance(data, dict):
                        for known in (
                            CustomSipHeader,
                            CustomSipHeaderWithDynamicVariable,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        custom_sip_headers_item_type_0 = CustomSipHeader.from_dict(data)

                        return custom_sip_headers_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        custom_sip_headers_item_type_1 = CustomSipHeaderWithDynamicVariable.from_dict(data)

                        return custom_sip_headers_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    custom_sip_headers_item_type_2 = UnknownVariant.from_dict(data)

                    return custom_sip_headers_item_type_2

                custom_sip_headers_item = _parse_custom_sip_headers_item(custom_sip_headers_item_data)

                custom_sip_headers.append(custom_sip_headers_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        custom_sip_headers = deviating_field(cls, "custom_sip_headers", custom_sip_headers_raw)

    return custom_sip_headers


_read_transfer_type = plain_reader("transfer_type", (str,), "a string", False)


def _read_uui(cls: type[PhoneNumberTransfer], d: Mapping[str, Any]) -> Any:
    uui_raw = d.get("uui", UNSET)
    try:

        def _parse_uui(data: object) -> None | Unset | UuiTransferConfig:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            uui_type_0 = UuiTransferConfig.from_dict(data)

            return uui_type_0

        uui = _parse_uui(uui_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        uui = deviating_field(cls, "uui", uui_raw)

    return uui


def _read_post_dial_digits(cls: type[PhoneNumberTransfer], d: Mapping[str, Any]) -> Any:
    post_dial_digits_raw = d.get("post_dial_digits", UNSET)
    try:

        def _parse_post_dial_digits(
            data: object,
        ) -> None | PostDialDigitsDynamicVariable | PostDialDigitsStatic | UnknownVariant | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_post_dial_digits_member, data)

        def _parse_post_dial_digits_member(
            data: object,
        ) -> None | PostDialDigitsDynamicVariable | PostDialDigitsStatic | UnknownVariant | Unset:
            if isinstance(data, dict):
                for known in (
                    PostDialDigitsStatic,
                    PostDialDigitsDynamicVariable,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                post_dial_digits_type_0_type_0 = PostDialDigitsStatic.from_dict(data)

                return post_dial_digits_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                post_dial_digits_type_0_type_1 = PostDialDigitsDynamicVariable.from_dict(data)

                return post_dial_digits_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            post_dial_digits_type_0_type_2 = UnknownVariant.from_dict(data)

            return post_dial_digits_type_0_type_2

        post_dial_digits = _parse_post_dial_digits(post_dial_digits_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        post_dial_digits = deviating_field(cls, "post_dial_digits", post_dial_digits_raw)

    return post_dial_digits


_read_phone_number = plain_reader(
    "phone_number",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "transfer_destination",
        "condition",
        "custom_sip_headers",
        "transfer_type",
        "uui",
        "post_dial_digits",
        "phone_number",
    )
)


def _read_additional_properties(cls: type[PhoneNumberTransfer], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[PhoneNumberTransfer], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "transfer_destination" in known:
        transfer_destination = known["transfer_destination"]
    else:
        transfer_destination = _read_transfer_destination(cls, d)

    condition = d.get("condition", MISSING)
    if condition.__class__ is not str:
        condition = _read_condition(cls, d)

    if "custom_sip_headers" in known:
        custom_sip_headers = known["custom_sip_headers"]
    else:
        custom_sip_headers = d.get("custom_sip_headers", UNSET)
        if custom_sip_headers is not UNSET:
            custom_sip_headers = _read_custom_sip_headers(cls, d)

    transfer_type = d.get("transfer_type", UNSET)
    if transfer_type.__class__ is not str and transfer_type is not UNSET:
        transfer_type = _read_transfer_type(cls, d)

    if "uui" in known:
        uui = known["uui"]
    else:
        uui = d.get("uui", UNSET)
        if uui is not UNSET and uui is not None:
            uui = _read_uui(cls, d)

    if "post_dial_digits" in known:
        post_dial_digits = known["post_dial_digits"]
    else:
        post_dial_digits = d.get("post_dial_digits", UNSET)
        if post_dial_digits is not UNSET and post_dial_digits is not None:
            post_dial_digits = _read_post_dial_digits(cls, d)

    phone_number = d.get("phone_number", UNSET)
    if phone_number.__class__ is not str and phone_number is not None and phone_number is not UNSET:
        phone_number = _read_phone_number(cls, d)

    return {
        "transfer_destination": transfer_destination,
        "condition": condition,
        "custom_sip_headers": custom_sip_headers,
        "transfer_type": transfer_type,
        "uui": uui,
        "post_dial_digits": post_dial_digits,
        "phone_number": phone_number,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    PhoneNumberTransfer,
    _all_fields,
    {
        "transfer_destination": _read_transfer_destination,
        "condition": _read_condition,
        "custom_sip_headers": _read_custom_sip_headers,
        "transfer_type": _read_transfer_type,
        "uui": _read_uui,
        "post_dial_digits": _read_post_dial_digits,
        "phone_number": _read_phone_number,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
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
