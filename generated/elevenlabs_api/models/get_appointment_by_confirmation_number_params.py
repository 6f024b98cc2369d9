from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="GetAppointmentByConfirmationNumberParams")


@_attrs_define
class GetAppointmentByConfirmationNumberParams:
    """Look up an appointment by the booking confirmation number the caller quotes.

    The confirmation number is the 8-character code shown on the booking
    confirmation page (e.g. ``#01ABCDEF``). Callers may read it back with or
    without the leading ``#`` and with varied spacing; the tool normalizes
    the input and does a prefix match on the stored calendar item id.

    Attributes:
        smb_tool_type (Literal['get_appointment_by_confirmation_number'] | Unset):  Default:
            'get_appointment_by_confirmation_number'.
    """

    smb_tool_type: Literal["get_appointment_by_confirmation_number"] | Unset = "get_appointment_by_confirmation_number"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("smb_tool_type", "get_appointment_by_confirmation_number")

    def to_dict(self) -> dict[str, Any]:
        smb_tool_type = self.smb_tool_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if smb_tool_type is not UNSET:
            field_dict["smb_tool_type"] = smb_tool_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        smb_tool_type_raw = d.pop("smb_tool_type", UNSET)
        smb_tool_type = cast(Literal["get_appointment_by_confirmation_number"] | Unset, smb_tool_type_raw)
        if smb_tool_type != "get_appointment_by_confirmation_number" and not isinstance(smb_tool_type, Unset):
            raise ValueError(
                f"smb_tool_type must match const 'get_appointment_by_confirmation_number', got '{smb_tool_type}'"
            )

        get_appointment_by_confirmation_number_params = cls(
            smb_tool_type=smb_tool_type,
        )
        get_appointment_by_confirmation_number_params.additional_properties = d
        return get_appointment_by_confirmation_number_params

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
