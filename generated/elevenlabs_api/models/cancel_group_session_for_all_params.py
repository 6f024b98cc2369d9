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
class CancelGroupSessionForAllParams(Lazy, AdditionalProperties[Any]):
    """Cancel an entire group session and notify every registered participant.
    Destructive -- prefer ``cancel_group_session_registration`` for cancelling
    a single attendee.

    Attributes:
        smb_tool_type:  Default: 'cancel_group_session_for_all'.
    """

    smb_tool_type: Literal["cancel_group_session_for_all"] | Unset = _attrs_field(
        default="cancel_group_session_for_all",
        kw_only=True,
        validator=types.tag("CancelGroupSessionForAllParams", "smb_tool_type", "cancel_group_session_for_all"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("cancel_group_session_for_all")),
        Field("additional_properties", None, dict_of(ANY)),
    )
