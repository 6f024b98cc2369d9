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
class GetBookingSlugStatusParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'get_booking_slug_status'.
    """

    smb_tool_type: Literal["get_booking_slug_status"] | Unset = _attrs_field(
        default="get_booking_slug_status",
        kw_only=True,
        validator=types.tag("GetBookingSlugStatusParams", "smb_tool_type", "get_booking_slug_status"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("get_booking_slug_status")),
        Field("additional_properties", None, dict_of(ANY)),
    )
