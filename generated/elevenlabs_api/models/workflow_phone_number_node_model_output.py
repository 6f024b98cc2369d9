from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_type_enum import TransferTypeEnum

T = TypeVar("T", bound="WorkflowPhoneNumberNodeModelOutput")


@_attrs_define
class WorkflowPhoneNumberNodeModelOutput:
    """Attributes:
    custom_sip_headers (list[CustomSIPHeader | CustomSIPHeaderWithDynamicVariable | UnknownVariant]): Custom SIP
        headers to include when transferring the call. Each header can be either a static value or a dynamic variable
        reference.
    transfer_destination (PhoneNumberDynamicVariableTransferDestination | PhoneNumberTransferDestination |
        SIPUriDynamicVariableTransferDestination | SIPUriTransferDestination | UnknownVariant):
    transfer_type (str | TransferTypeEnum):  Default: 'conference'.
    uui (None | UUITransferConfig): User-to-User Information (RFC 7433) to attach to SIP REFER transfers. Carries
        call context such as CRM identifiers or escalation reason across the transfer boundary.
    post_dial_digits (None | PostDialDigitsDynamicVariable | PostDialDigitsStatic | UnknownVariant): DTMF digits to
        send after call connects (e.g., 'ww1234' for extension). Can be either a static value or a dynamic variable
        reference. Use 'w' for 0.5s pause. Only supported for Twilio transfers.
    type_ (Literal['phone_number']):  Default: 'phone_number'.
    position (PositionOutput):
    edge_order (list[str]): The ids of outgoing edges in the order they should be evaluated.
    """

    custom_sip_headers: list[CustomSIPHeader | CustomSIPHeaderWithDynamicVariable | UnknownVariant]

    transfer_destination: (
        PhoneNumberDynamicVariableTransferDestination
        | PhoneNumberTransferDestination
        | SIPUriDynamicVariableTransferDestination
        | SIPUriTransferDestination
        | UnknownVariant
    )

    uui: None | UUITransferConfig

    post_dial_digits: None | PostDialDigitsDynamicVariable | PostDialDigitsStatic | UnknownVariant

    position: PositionOutput

    edge_order: list[str]

    transfer_type: str | TransferTypeEnum = "conference"

    type_: Literal["phone_number"] = "phone_number"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "phone_number")

    def to_dict(self) -> dict[str, Any]:
        custom_sip_headers = []
        for custom_sip_headers_item_data in self.custom_sip_headers:
            custom_sip_headers_item: dict[str, Any]
            if (
                isinstance(custom_sip_headers_item_data, CustomSIPHeader)
                or isinstance(custom_sip_headers_item_data, CustomSIPHeaderWithDynamicVariable)
                or isinstance(custom_sip_headers_item_data, UnknownVariant)
            ):
                custom_sip_headers_item = custom_sip_headers_item_data.to_dict()
            else:
                custom_sip_headers_item = custom_sip_headers_item_data

            custom_sip_headers.append(custom_sip_headers_item)

        transfer_destination: dict[str, Any]
        if (
            isinstance(self.transfer_destination, PhoneNumberTransferDestination)
            or isinstance(self.transfer_destination, SIPUriTransferDestination)
            or isinstance(self.transfer_destination, PhoneNumberDynamicVariableTransferDestination)
            or isinstance(self.transfer_destination, SIPUriDynamicVariableTransferDestination)
            or isinstance(self.transfer_destination, UnknownVariant)
        ):
            transfer_destination = self.transfer_destination.to_dict()
        else:
            transfer_destination = self.transfer_destination

        transfer_type: str
        if isinstance(self.transfer_type, str):
            transfer_type = self.transfer_type
        else:
            transfer_type = self.transfer_type

        uui: dict[str, Any] | None
        if isinstance(self.uui, UUITransferConfig):
            uui = self.uui.to_dict()
        else:
            uui = self.uui

        post_dial_digits: dict[str, Any] | None
        if (
            isinstance(self.post_dial_digits, PostDialDigitsStatic)
            or isinstance(self.post_dial_digits, PostDialDigitsDynamicVariable)
            or isinstance(self.post_dial_digits, UnknownVariant)
        ):
            post_dial_digits = self.post_dial_digits.to_dict()
        else:
            post_dial_digits = self.post_dial_digits

        type_ = self.type_

        position = self.position.to_dict()

        edge_order = self.edge_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["custom_sip_headers"] = custom_sip_headers
        field_dict["transfer_destination"] = transfer_destination
        field_dict["transfer_type"] = transfer_type
        field_dict["uui"] = uui
        field_dict["post_dial_digits"] = post_dial_digits
        field_dict["type"] = type_
        field_dict["position"] = position
        field_dict["edge_order"] = edge_order
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["phone_number"], d.pop("type"))
        if type_ != "phone_number":
            raise ValueError(f"type must match const 'phone_number', got '{type_}'")

        custom_sip_headers = []
        _custom_sip_headers = d.pop("custom_sip_headers")
        for custom_sip_headers_item_data in _custom_sip_headers:

            def _parse_custom_sip_headers_item(
                data: object,
            ) -> CustomSIPHeader | CustomSIPHeaderWithDynamicVariable | UnknownVariant:
                if isinstance(data, dict):
                    for known in (
                        CustomSIPHeader,
                        CustomSIPHeaderWithDynamicVariable,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    custom_sip_headers_item_type_0 = CustomSIPHeader.from_dict(data)

                    return custom_sip_headers_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    custom_sip_headers_item_type_1 = CustomSIPHeaderWithDynamicVariable.from_dict(data)

                    return custom_sip_headers_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                custom_sip_headers_item_type_2 = UnknownVariant.from_dict(data)

                return custom_sip_headers_item_type_2

            custom_sip_headers_item = _parse_custom_sip_headers_item(custom_sip_headers_item_data)

            custom_sip_headers.append(custom_sip_headers_item)

        def _parse_transfer_destination(
            data: object,
        ) -> (
            PhoneNumberDynamicVariableTransferDestination
            | PhoneNumberTransferDestination
            | SIPUriDynamicVariableTransferDestination
            | SIPUriTransferDestination
            | UnknownVariant
        ):
            if isinstance(data, dict):
                for known in (
                    PhoneNumberTransferDestination,
                    SIPUriTransferDestination,
                    PhoneNumberDynamicVariableTransferDestination,
                    SIPUriDynamicVariableTransferDestination,
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
                transfer_destination_type_1 = SIPUriTransferDestination.from_dict(data)

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
                transfer_destination_type_3 = SIPUriDynamicVariableTransferDestination.from_dict(data)

                return transfer_destination_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            transfer_destination_type_4 = UnknownVariant.from_dict(data)

            return transfer_destination_type_4

        transfer_destination = _parse_transfer_destination(d.pop("transfer_destination"))

        transfer_type = d.pop("transfer_type")

        def _parse_uui(data: object) -> None | UUITransferConfig:
            if data is None:
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            uui_type_0 = UUITransferConfig.from_dict(data)

            return uui_type_0

        uui = _parse_uui(d.pop("uui"))

        def _parse_post_dial_digits(
            data: object,
        ) -> None | PostDialDigitsDynamicVariable | PostDialDigitsStatic | UnknownVariant:
            if data is None:
                return data
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

        post_dial_digits = _parse_post_dial_digits(d.pop("post_dial_digits"))

        position = PositionOutput.from_dict(d.pop("position"))

        edge_order = cast(list[str], d.pop("edge_order"))

        workflow_phone_number_node_model_output = cls(
            custom_sip_headers=custom_sip_headers,
            transfer_destination=transfer_destination,
            transfer_type=transfer_type,
            uui=uui,
            post_dial_digits=post_dial_digits,
            type_=type_,
            position=position,
            edge_order=edge_order,
        )
        workflow_phone_number_node_model_output.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.custom_sip_header import CustomSIPHeader
from ..models.custom_sip_header_with_dynamic_variable import CustomSIPHeaderWithDynamicVariable
from ..models.phone_number_dynamic_variable_transfer_destination import PhoneNumberDynamicVariableTransferDestination
from ..models.phone_number_transfer_destination import PhoneNumberTransferDestination
from ..models.position_output import PositionOutput
from ..models.post_dial_digits_dynamic_variable import PostDialDigitsDynamicVariable
from ..models.post_dial_digits_static import PostDialDigitsStatic
from ..models.sip_uri_dynamic_variable_transfer_destination import SIPUriDynamicVariableTransferDestination
from ..models.sip_uri_transfer_destination import SIPUriTransferDestination
from ..models.unknown_variant import UnknownVariant
from ..models.uui_transfer_config import UUITransferConfig
