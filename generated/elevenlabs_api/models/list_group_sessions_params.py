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
class ListGroupSessionsParams(Lazy, AdditionalProperties[Any]):
    """List scheduled group sessions for a group service in a date range.

    Group services are scheduled in advance (e.g. yoga classes, workshops) and
    callers register against an existing session. Use this for group services;
    use ``check_service_availability`` for appointment / rental services.

    Attributes:
        smb_tool_type:  Default: 'list_group_sessions'.
    """

    smb_tool_type: Literal["list_group_sessions"] | Unset = _attrs_field(
        default="list_group_sessions",
        kw_only=True,
        validator=types.tag("ListGroupSessionsParams", "smb_tool_type", "list_group_sessions"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("list_group_sessions")),
        Field("additional_properties", None, dict_of(ANY)),
    )
