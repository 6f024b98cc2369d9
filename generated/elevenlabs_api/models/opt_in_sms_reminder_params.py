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
class OptInSmsReminderParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'opt_in_sms_reminder'.
    """

    smb_tool_type: Literal["opt_in_sms_reminder"] | Unset = _attrs_field(
        default="opt_in_sms_reminder",
        kw_only=True,
        validator=types.tag("OptInSmsReminderParams", "smb_tool_type", "opt_in_sms_reminder"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("opt_in_sms_reminder")),
        Field("additional_properties", None, dict_of(ANY)),
    )
