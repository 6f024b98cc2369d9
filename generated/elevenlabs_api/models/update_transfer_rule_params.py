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
class UpdateTransferRuleParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'update_transfer_rule'.
    post_dial_digits_enabled: Whether to offer the post_dial_digits parameter, set from the receptionists'
        enable_play_keypad_touch_tone_tool config. Digits saved while that is off are dropped when the receptionist is
        built, so the parameter is hidden rather than accepted and ignored. Defaults to False on the server.
    """

    smb_tool_type: Literal["update_transfer_rule"] | Unset = _attrs_field(
        default="update_transfer_rule",
        kw_only=True,
        validator=types.tag("UpdateTransferRuleParams", "smb_tool_type", "update_transfer_rule"),
    )

    post_dial_digits_enabled: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("update_transfer_rule")),
        Field("post_dial_digits_enabled", "post_dial_digits_enabled", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
