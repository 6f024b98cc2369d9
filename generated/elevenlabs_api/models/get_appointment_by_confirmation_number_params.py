from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
)


@_attrs_define(slots=False)
class GetAppointmentByConfirmationNumberParams(Lazy, AdditionalProperties[Any]):
    """Look up an appointment by the booking confirmation number the caller quotes.

    The confirmation number is the 8-character code shown on the booking
    confirmation page (e.g. ``#01ABCDEF``). Callers may read it back with or
    without the leading ``#`` and with varied spacing; the tool normalizes
    the input and does a prefix match on the stored calendar item id.

    Attributes:
        smb_tool_type:  Default: 'get_appointment_by_confirmation_number'.
    """

    smb_tool_type: Literal["get_appointment_by_confirmation_number"] | Unset = _attrs_field(
        default="get_appointment_by_confirmation_number",
        kw_only=True,
        validator=types.tag(
            "GetAppointmentByConfirmationNumberParams", "smb_tool_type", "get_appointment_by_confirmation_number"
        ),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("get_appointment_by_confirmation_number")),
        Field("additional_properties", None, dict_of(ANY)),
    )
