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
class GetBookingPageSettingsParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'get_booking_page_settings'.
    """

    smb_tool_type: Literal["get_booking_page_settings"] | Unset = _attrs_field(
        default="get_booking_page_settings",
        kw_only=True,
        validator=types.tag("GetBookingPageSettingsParams", "smb_tool_type", "get_booking_page_settings"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("get_booking_page_settings")),
        Field("additional_properties", None, dict_of(ANY)),
    )
