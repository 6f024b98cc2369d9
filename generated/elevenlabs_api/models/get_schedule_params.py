from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    BOOL,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
)


@_attrs_define(slots=False)
class GetScheduleParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'get_schedule'.
    include_location_filter: Defaults to False on the server.
    """

    smb_tool_type: Literal["get_schedule"] | Unset = _attrs_field(
        default="get_schedule",
        kw_only=True,
        validator=types.tag("GetScheduleParams", "smb_tool_type", "get_schedule"),
    )

    include_location_filter: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("get_schedule")),
        Field("include_location_filter", "include_location_filter", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
