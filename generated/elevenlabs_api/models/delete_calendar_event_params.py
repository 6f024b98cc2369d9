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
class DeleteCalendarEventParams(Lazy, AdditionalProperties[Any]):
    """Permanently remove a previously-cancelled calendar event.

    This delete tool is the irreversible follow-up to cancel_calendar_event.
    The backend rejects the call (422) if the event hasn't been
    cancelled yet, so the only safe path is cancel-then-delete.

    Attributes:
        smb_tool_type:  Default: 'delete_calendar_event'.
    """

    smb_tool_type: Literal["delete_calendar_event"] | Unset = _attrs_field(
        default="delete_calendar_event",
        kw_only=True,
        validator=types.tag("DeleteCalendarEventParams", "smb_tool_type", "delete_calendar_event"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("delete_calendar_event")),
        Field("additional_properties", None, dict_of(ANY)),
    )
