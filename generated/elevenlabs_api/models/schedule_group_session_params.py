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
class ScheduleGroupSessionParams(Lazy, AdditionalProperties[Any]):
    """Schedule a single instance of a group service.

    The session's duration is derived from the parent service so the assistant
    only has to pin start time, the (optional) instructor / room, and the
    location. Participants register separately via
    ``register_for_group_session``.

    Attributes:
        smb_tool_type:  Default: 'schedule_group_session'.
    """

    smb_tool_type: Literal["schedule_group_session"] | Unset = _attrs_field(
        default="schedule_group_session",
        kw_only=True,
        validator=types.tag("ScheduleGroupSessionParams", "smb_tool_type", "schedule_group_session"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("schedule_group_session")),
        Field("additional_properties", None, dict_of(ANY)),
    )
