from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import TransferTypeEnum, check_transfer_type_enum
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
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

T = TypeVar("T", bound="WorkflowPhoneNumberNodeModelInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkflowPhoneNumberNodeModelInput(Lazy):
    """Attributes:
    transfer_destination (PhoneNumberDynamicVariableTransferDestination | PhoneNumberTransferDestination |
        SipUriDynamicVariableTransferDestination | SipUriTransferDestination):
    custom_sip_headers (list[CustomSipHeader | CustomSipHeaderWithDynamicVariable] | Unset): Custom SIP headers to
        include when transferring the call. Each header can be either a static value or a dynamic variable reference.
    transfer_type (TransferTypeEnum | Unset):
    uui (None | Unset | UuiTransferConfig): User-to-User Information (RFC 7433) to attach to SIP REFER transfers.
        Carries call context such as CRM identifiers or escalation reason across the transfer boundary.
    post_dial_digits (None | PostDialDigitsDynamicVariable | PostDialDigitsStatic | Unset): DTMF digits to send
        after call connects (e.g., 'ww1234' for extension). Can be either a static value or a dynamic variable
        reference. Use 'w' for 0.5s pause. Only supported for Twilio transfers.
    type_ (Literal['phone_number'] | Unset):  Default: 'phone_number'.
    position (PositionInput | Unset):
    edge_order (list[str] | Unset): The ids of outgoing edges in the order they should be evaluated.
    """

    transfer_destination: (
        PhoneNumberDynamicVariableTransferDestination
        | PhoneNumberTransferDestination
        | SipUriDynamicVariableTransferDestination
        | SipUriTransferDestination
    )

    custom_sip_headers: list[CustomSipHeader | CustomSipHeaderWithDynamicVariable] | Unset = UNSET

    transfer_type: TransferTypeEnum | Unset = UNSET

    uui: None | Unset | UuiTransferConfig = UNSET

    post_dial_digits: None | PostDialDigitsDynamicVariable | PostDialDigitsStatic | Unset = UNSET

    type_: Literal["phone_number"] | Unset = _attrs_field(
        default="phone_number",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowPhoneNumberNodeModelInput", "type", "phone_number"),
    )

    position: PositionInput | Unset = UNSET

    edge_order: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("transfer_destination",)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "phone_number")

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
            ):
                transfer_destination = self.transfer_destination.to_dict()
            else:
                transfer_destination = self.transfer_destination

        except (AttributeError, TypeError):
            transfer_destination = self.transfer_destination

        custom_sip_headers: Any
        try:
            custom_sip_headers = UNSET
            if not isinstance(self.custom_sip_headers, Unset):
                custom_sip_headers = []
                for custom_sip_headers_item_data in self.custom_sip_headers:
                    custom_sip_headers_item: dict[str, Any]
                    if isinstance(custom_sip_headers_item_data, CustomSipHeader) or isinstance(
                        custom_sip_headers_item_data, CustomSipHeaderWithDynamicVariable
                    ):
                        custom_sip_headers_item = custom_sip_headers_item_data.to_dict()
                    else:
                        custom_sip_headers_item = custom_sip_headers_item_data

                    custom_sip_headers.append(custom_sip_headers_item)

        except (AttributeError, TypeError):
            custom_sip_headers = self.custom_sip_headers

        transfer_type: Any
        try:
            transfer_type = UNSET
            if not isinstance(self.transfer_type, Unset):
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
            elif isinstance(self.post_dial_digits, PostDialDigitsStatic) or isinstance(
                self.post_dial_digits, PostDialDigitsDynamicVariable
            ):
                post_dial_digits = self.post_dial_digits.to_dict()
            else:
                post_dial_digits = self.post_dial_digits

        except (AttributeError, TypeError):
            post_dial_digits = self.post_dial_digits

        type_ = self.type_

        position: Any
        try:
            position = UNSET
            if not isinstance(self.position, Unset):
                position = self.position.to_dict()
        except (AttributeError, TypeError):
            position = self.position

        edge_order: Any
        try:
            edge_order = UNSET
            if not isinstance(self.edge_order, Unset):
                edge_order = self.edge_order

        except (AttributeError, TypeError):
            edge_order = self.edge_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if transfer_destination is not None or "transfer_destination" not in self._missing_fields:
            field_dict["transfer_destination"] = transfer_destination
        if custom_sip_headers is not UNSET:
            field_dict["custom_sip_headers"] = custom_sip_headers
        if transfer_type is not UNSET:
            field_dict["transfer_type"] = transfer_type
        if uui is not UNSET:
            field_dict["uui"] = uui
        if post_dial_digits is not UNSET:
            field_dict["post_dial_digits"] = post_dial_digits
        if type_ is not UNSET:
            field_dict["type"] = type_
        if position is not UNSET:
            field_dict["position"] = position
        if edge_order is not UNSET:
            field_dict["edge_order"] = edge_order
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workflow_phone_number_node_model_input = cls.__new__(cls)
        workflow_phone_number_node_model_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return workflow_phone_number_node_model_input

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


def _read_type_(cls: type[WorkflowPhoneNumberNodeModelInput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["phone_number"] | Unset, type__raw)
    if type_ != "phone_number" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'phone_number', got '{type_}'")

    return type_


def _read_transfer_destination(cls: type[WorkflowPhoneNumberNodeModelInput], d: Mapping[str, Any]) -> Any:
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
            ):
                return parse_strictly(_parse_transfer_destination_member, data)

            def _parse_transfer_destination_member(
                data: object,
            ) -> (
                PhoneNumberDynamicVariableTransferDestination
                | PhoneNumberTransferDestination
                | SipUriDynamicVariableTransferDestination
                | SipUriTransferDestination
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
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                transfer_destination_type_3 = SipUriDynamicVariableTransferDestination.from_dict(data)

                return transfer_destination_type_3

            transfer_destination = _parse_transfer_destination(transfer_destination_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            transfer_destination = deviating_field(cls, "transfer_destination", transfer_destination_raw)

    return transfer_destination


def _read_custom_sip_headers(cls: type[WorkflowPhoneNumberNodeModelInput], d: Mapping[str, Any]) -> Any:
    custom_sip_headers_raw = d.get("custom_sip_headers", UNSET)
    try:
        expect_array("custom_sip_headers", custom_sip_headers_raw)
        _custom_sip_headers = custom_sip_headers_raw
        custom_sip_headers: list[CustomSipHeader | CustomSipHeaderWithDynamicVariable] | Unset = UNSET
        if _custom_sip_headers is not UNSET:
            custom_sip_headers = []
            for custom_sip_headers_item_data in _custom_sip_headers:

                def _parse_custom_sip_headers_item(
                    data: object,
                ) -> CustomSipHeader | CustomSipHeaderWithDynamicVariable:
                    return parse_strictly(_parse_custom_sip_headers_item_member, data)

                def _parse_custom_sip_headers_item_member(
                    data: object,
                ) -> CustomSipHeader | CustomSipHeaderWithDynamicVariable:
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
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    custom_sip_headers_item_type_1 = CustomSipHeaderWithDynamicVariable.from_dict(data)

                    return custom_sip_headers_item_type_1

                custom_sip_headers_item = _parse_custom_sip_headers_item(custom_sip_headers_item_data)

                custom_sip_headers.append(custom_sip_headers_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        custom_sip_headers = deviating_field(cls, "custom_sip_headers", custom_sip_headers_raw)

    return custom_sip_headers


def _read_transfer_type(cls: type[WorkflowPhoneNumberNodeModelInput], d: Mapping[str, Any]) -> Any:
    transfer_type_raw = d.get("transfer_type", UNSET)
    try:
        _transfer_type = transfer_type_raw
        transfer_type: TransferTypeEnum | Unset
        if isinstance(_transfer_type, Unset):
            transfer_type = UNSET
        else:
            transfer_type = check_transfer_type_enum(_transfer_type)
    except (KeyError, TypeError, ValueError, AttributeError):
        transfer_type = deviating_field(cls, "transfer_type", transfer_type_raw)

    return transfer_type


def _read_uui(cls: type[WorkflowPhoneNumberNodeModelInput], d: Mapping[str, Any]) -> Any:
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


def _read_post_dial_digits(cls: type[WorkflowPhoneNumberNodeModelInput], d: Mapping[str, Any]) -> Any:
    post_dial_digits_raw = d.get("post_dial_digits", UNSET)
    try:

        def _parse_post_dial_digits(
            data: object,
        ) -> None | PostDialDigitsDynamicVariable | PostDialDigitsStatic | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_post_dial_digits_member, data)

        def _parse_post_dial_digits_member(
            data: object,
        ) -> None | PostDialDigitsDynamicVariable | PostDialDigitsStatic | Unset:
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
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            post_dial_digits_type_0_type_1 = PostDialDigitsDynamicVariable.from_dict(data)

            return post_dial_digits_type_0_type_1

        post_dial_digits = _parse_post_dial_digits(post_dial_digits_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        post_dial_digits = deviating_field(cls, "post_dial_digits", post_dial_digits_raw)

    return post_dial_digits


def _read_position(cls: type[WorkflowPhoneNumberNodeModelInput], d: Mapping[str, Any]) -> Any:
    position_raw = d.get("position", UNSET)
    try:
        _position = position_raw
        position: PositionInput | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = PositionInput.from_dict(_position)
    except (KeyError, TypeError, ValueError, AttributeError):
        position = deviating_field(cls, "position", position_raw)

    return position


_read_edge_order = plain_reader("edge_order", (list,), "an array", False, ((str,), "a string"))


_FIELDS: frozenset[str] = frozenset(
    (
        "transfer_destination",
        "custom_sip_headers",
        "transfer_type",
        "uui",
        "post_dial_digits",
        "type",
        "position",
        "edge_order",
    )
)


def _read_additional_properties(cls: type[WorkflowPhoneNumberNodeModelInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkflowPhoneNumberNodeModelInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    if "transfer_destination" in known:
        transfer_destination = known["transfer_destination"]
    else:
        transfer_destination = _read_transfer_destination(cls, d)

    if "custom_sip_headers" in known:
        custom_sip_headers = known["custom_sip_headers"]
    else:
        custom_sip_headers = d.get("custom_sip_headers", UNSET)
        if custom_sip_headers is not UNSET:
            custom_sip_headers = _read_custom_sip_headers(cls, d)

    if "transfer_type" in known:
        transfer_type = known["transfer_type"]
    else:
        transfer_type = d.get("transfer_type", UNSET)
        if transfer_type is not UNSET:
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

    if "position" in known:
        position = known["position"]
    else:
        position = d.get("position", UNSET)
        if position is not UNSET:
            position = _read_position(cls, d)

    edge_order = d.get("edge_order", UNSET)
    if edge_order.__class__ is not list and edge_order is not UNSET:
        edge_order = _read_edge_order(cls, d)
    elif edge_order.__class__ is list and edge_order:
        check_items(cls, "edge_order", edge_order, (str,), "a string")

    return {
        "transfer_destination": transfer_destination,
        "custom_sip_headers": custom_sip_headers,
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
types.accept_former_names(WorkflowPhoneNumberNodeModelInput, type_="type")

set_readers(
    WorkflowPhoneNumberNodeModelInput,
    _all_fields,
    {
        "transfer_destination": _read_transfer_destination,
        "custom_sip_headers": _read_custom_sip_headers,
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
from ..models.position_input import PositionInput
from ..models.post_dial_digits_dynamic_variable import PostDialDigitsDynamicVariable
from ..models.post_dial_digits_static import PostDialDigitsStatic
from ..models.sip_uri_dynamic_variable_transfer_destination import SipUriDynamicVariableTransferDestination
from ..models.sip_uri_transfer_destination import SipUriTransferDestination
from ..models.uui_transfer_config import UuiTransferConfig
