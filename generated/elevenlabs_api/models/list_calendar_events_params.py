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
class ListCalendarEventsParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'list_calendar_events'.
    include_cancelled: Defaults to False on the server.
    """

    smb_tool_type: Literal["list_calendar_events"] | Unset = _attrs_field(
        default="list_calendar_events",
        kw_only=True,
        validator=types.tag("ListCalendarEventsParams", "smb_tool_type", "list_calendar_events"),
    )

    include_cancelled: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("list_calendar_events")),
        Field("include_cancelled", "include_cancelled", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
