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
class LeaveMessageParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'leave_message'.
    """

    smb_tool_type: Literal["leave_message"] | Unset = _attrs_field(
        default="leave_message",
        kw_only=True,
        validator=types.tag("LeaveMessageParams", "smb_tool_type", "leave_message"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("leave_message")),
        Field("additional_properties", None, dict_of(ANY)),
    )
