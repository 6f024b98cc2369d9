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
class SetBookingSlugParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'set_booking_slug'.
    """

    smb_tool_type: Literal["set_booking_slug"] | Unset = _attrs_field(
        default="set_booking_slug",
        kw_only=True,
        validator=types.tag("SetBookingSlugParams", "smb_tool_type", "set_booking_slug"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("set_booking_slug")),
        Field("additional_properties", None, dict_of(ANY)),
    )
