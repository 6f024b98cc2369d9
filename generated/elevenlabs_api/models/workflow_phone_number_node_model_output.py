from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import TransferTypeEnum
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    check_items,
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

T = TypeVar("T", bound="WorkflowPhoneNumberNodeModelOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkflowPhoneNumberNodeModelOutput(Lazy):
    """Attributes:
    custom_sip_headers (list[CustomSipHeader | CustomSipHeaderWithDynamicVariable | UnknownVariant]): Custom SIP
        headers to include when transferring the call. Each header can be either a static value or a dynamic variable
        reference.
    transfer_destination (PhoneNumberDynamicVariableTransferDestination | PhoneNumberTransferDestination |
        SipUriDynamicVariableTransferDestination | SipUriTransferDestination | UnknownVariant):
    transfer_type (str | TransferTypeEnum):  Default: 'conference'.
    uui (None | UuiTransferConfig): User-to-User Information (RFC 7433) to attach to SIP REFER transfers. Carries
        call context such as CRM identifiers or escalation reason across the transfer boundary.
    post_dial_digits (None | PostDialDigitsDynamicVariable | PostDialDigitsStatic | UnknownVariant): DTMF digits to
        send after call connects (e.g., 'ww1234' for extension). Can be either a static value or a dynamic variable
        reference. Use 'w' for 0.5s pause. Only supported for Twilio transfers.
    type_ (Literal['phone_number']):  Default: 'phone_number'.
    position (PositionOutput):
    edge_order (list[str]): The ids of outgoing edges in the order they should be evaluated.
    """

    custom_sip_headers: list[CustomSipHeader | CustomSipHeaderWithDynamicVariable | UnknownVariant]

    transfer_destination: (
        PhoneNumberDynamicVariableTransferDestination
        | PhoneNumberTransferDestination
        | SipUriDynamicVariableTransferDestination
        | SipUriTransferDestination
        | UnknownVariant
    )

    uui: None | UuiTransferConfig = _attrs_field(default=None, kw_only=True)

    post_dial_digits: None | PostDialDigitsDynamicVariable | PostDialDigitsStatic | UnknownVariant = _attrs_field(
        default=None, kw_only=True
    )

    position: PositionOutput

    edge_order: list[str]

    transfer_type: str | TransferTypeEnum = "conference"

    type_: Literal["phone_number"] = _attrs_field(
        default="phone_number",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowPhoneNumberNodeModelOutput", "type", "phone_number"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "custom_sip_headers",
        "transfer_destination",
        "transfer_type",
        "uui",
        "post_dial_digits",
        "position",
        "edge_order",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "phone_number")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        custom_sip_headers: Any
        try:
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

        transfer_type: Any
        try:
            if isinstance(self.transfer_type, str):
                transfer_type = self.transfer_type
            else:
                transfer_type = self.transfer_type

        except (AttributeError, TypeError):
            transfer_type = self.transfer_type

        uui: Any
        try:
            if isinstance(self.uui, UuiTransferConfig):
                uui = self.uui.to_dict()
            else:
                uui = self.uui

        except (AttributeError, TypeError):
            uui = self.uui

        post_dial_digits: Any
        try:
            if (
                isinstance(self.post_dial_digits, PostDialDigitsStatic)
                or isinstance(self.post_dial_digits, PostDialDigitsDynamicVariable)
                or isinstance(self.post_dial_digits, UnknownVariant)
            ):
                post_dial_digits = self.post_dial_digits.to_dict()
            else:
                post_dial_digits = self.post_dial_digits

        except (AttributeError, TypeError):
            post_dial_digits = self.post_dial_digits

        type_ = self.type_

        position: Any
        try:
            position = self.position.to_dict()
        except (AttributeError, TypeError):
            position = self.position

        edge_order: Any
        try:
            edge_order = self.edge_order

        except (AttributeError, TypeError):
            edge_order = self.edge_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if custom_sip_headers is not None or "custom_sip_headers" not in self._missing_fields:
            field_dict["custom_sip_headers"] = custom_sip_headers
        if transfer_destination is not None or "transfer_destination" not in self._missing_fields:
            field_dict["transfer_destination"] = transfer_destination
        if transfer_type is not None or "transfer_type" not in self._missing_fields:
            field_dict["transfer_type"] = transfer_type
        if uui is not None or "uui" not in self._missing_fields:
            field_dict["uui"] = uui
        if post_dial_digits is not None or "post_dial_digits" not in self._missing_fields:
            field_dict["post_dial_digits"] = post_dial_digits
        field_dict["type"] = type_
        if position is not None or "position" not in self._missing_fields:
            field_dict["position"] = position
        if edge_order is not None or "edge_order" not in self._missing_fields:
            field_dict["edge_order"] = edge_order
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workflow_phone_number_node_model_output = cls.__new__(cls)
        workflow_phone_number_node_model_output.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return workflow_phone_number_node_model_output

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


def _read_type_(cls: type[WorkflowPhoneNumberNodeModelOutput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["phone_number"], type__raw)
    if type_ != "phone_number":
        raise ValueError(f"type must match const 'phone_number', got '{type_}'")

    return type_


def _read_custom_sip_headers(cls: type[WorkflowPhoneNumberNodeModelOutput], d: Mapping[str, Any]) -> Any:
    custom_sip_headers_raw = d.get("custom_sip_headers", MISSING)
    if custom_sip_headers_raw is MISSING:
        custom_sip_headers = missing_field(cls, "custom_sip_headers")
    else:
        try:
            expect_array("custom_sip_headers", custom_sip_headers_raw)
            custom_sip_headers = []
            _custom_sip_headers = custom_sip_headers_raw
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


def _read_transfer_destination(cls: type[WorkflowPhoneNumberNodeModelOutput], d: Mapping[str, Any]) -> Any:
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


_read_transfer_type = plain_reader("transfer_type", (str,), "a string", True)


def _read_uui(cls: type[WorkflowPhoneNumberNodeModelOutput], d: Mapping[str, Any]) -> Any:
    uui_raw = d.get("uui", MISSING)
    if uui_raw is MISSING:
        uui = missing_field(cls, "uui")
    else:
        try:

            def _parse_uui(data: object) -> None | UuiTransferConfig:
                if data is None:
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                uui_type_0 = UuiTransferConfig.from_dict(data)

                return uui_type_0

            uui = _parse_uui(uui_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            uui = deviating_field(cls, "uui", uui_raw)

    return uui


def _read_post_dial_digits(cls: type[WorkflowPhoneNumberNodeModelOutput], d: Mapping[str, Any]) -> Any:
    post_dial_digits_raw = d.get("post_dial_digits", MISSING)
    if post_dial_digits_raw is MISSING:
        post_dial_digits = missing_field(cls, "post_dial_digits")
    else:
        try:

            def _parse_post_dial_digits(
                data: object,
            ) -> None | PostDialDigitsDynamicVariable | PostDialDigitsStatic | UnknownVariant:
                if data is None:
                    return data
                return parse_strictly(_parse_post_dial_digits_member, data)

            def _parse_post_dial_digits_member(
                data: object,
            ) -> None | PostDialDigitsDynamicVariable | PostDialDigitsStatic | UnknownVariant:
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


def _read_position(cls: type[WorkflowPhoneNumberNodeModelOutput], d: Mapping[str, Any]) -> Any:
    position_raw = d.get("position", MISSING)
    if position_raw is MISSING:
        position = missing_field(cls, "position")
    else:
        try:
            position = PositionOutput.from_dict(position_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            position = deviating_field(cls, "position", position_raw)

    return position


_read_edge_order = plain_reader("edge_order", (list,), "an array", True, ((str,), "a string"))


_FIELDS: frozenset[str] = frozenset(
    (
        "custom_sip_headers",
        "transfer_destination",
        "transfer_type",
        "uui",
        "post_dial_digits",
        "type",
        "position",
        "edge_order",
    )
)


def _read_additional_properties(cls: type[WorkflowPhoneNumberNodeModelOutput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkflowPhoneNumberNodeModelOutput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    if "custom_sip_headers" in known:
        custom_sip_headers = known["custom_sip_headers"]
    else:
        custom_sip_headers = _read_custom_sip_headers(cls, d)

    if "transfer_destination" in known:
        transfer_destination = known["transfer_destination"]
    else:
        transfer_destination = _read_transfer_destination(cls, d)

    transfer_type = d.get("transfer_type", MISSING)
    if transfer_type.__class__ is not str:
        transfer_type = _read_transfer_type(cls, d)

    if "uui" in known:
        uui = known["uui"]
    else:
        uui = d.get("uui", MISSING)
        if uui is not None:
            uui = _read_uui(cls, d)

    if "post_dial_digits" in known:
        post_dial_digits = known["post_dial_digits"]
    else:
        post_dial_digits = d.get("post_dial_digits", MISSING)
        if post_dial_digits is not None:
            post_dial_digits = _read_post_dial_digits(cls, d)

    if "position" in known:
        position = known["position"]
    else:
        position = _read_position(cls, d)

    edge_order = d.get("edge_order", MISSING)
    if edge_order.__class__ is not list:
        edge_order = _read_edge_order(cls, d)
    elif edge_order.__class__ is list and edge_order:
        check_items(cls, "edge_order", edge_order, (str,), "a string")

    return {
        "custom_sip_headers": custom_sip_headers,
        "transfer_destination": transfer_destination,
        "transfer_type": transfer_type,
        "uui": uui,
        "post_dial_digits": post_dial_digits,
        "type_": type_,
        "position": position,
        "edge_order": edge_order,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowPhoneNumberNodeModelOutput, type_="type")

set_readers(
    WorkflowPhoneNumberNodeModelOutput,
    _all_fields,
    {
        "custom_sip_headers": _read_custom_sip_headers,
        "transfer_destination": _read_transfer_destination,
        "transfer_type": _read_transfer_type,
        "uui": _read_uui,
        "post_dial_digits": _read_post_dial_digits,
        "type_": _read_type_,
        "position": _read_position,
        "edge_order": _read_edge_order,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.custom_sip_header import CustomSipHeader
from ..models.custom_sip_header_with_dynamic_variable import CustomSipHeaderWithDynamicVariable
from ..models.phone_number_dynamic_variable_transfer_destination import PhoneNumberDynamicVariableTransferDestination
from ..models.phone_number_transfer_destination import PhoneNumberTransferDestination
from ..models.position_output import PositionOutput
from ..models.post_dial_digits_dynamic_variable import PostDialDigitsDynamicVariable
from ..models.post_dial_digits_static import PostDialDigitsStatic
from ..models.sip_uri_dynamic_variable_transfer_destination import SipUriDynamicVariableTransferDestination
from ..models.sip_uri_transfer_destination import SipUriTransferDestination
from ..models.unknown_variant import UnknownVariant
from ..models.uui_transfer_config import UuiTransferConfig
