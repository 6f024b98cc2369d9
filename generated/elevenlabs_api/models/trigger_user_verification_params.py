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
class TriggerUserVerificationParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'trigger_user_verification'.
    """

    smb_tool_type: Literal["trigger_user_verification"] | Unset = _attrs_field(
        default="trigger_user_verification",
        kw_only=True,
        validator=types.tag("TriggerUserVerificationParams", "smb_tool_type", "trigger_user_verification"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("trigger_user_verification")),
        Field("additional_properties", None, dict_of(ANY)),
    )
