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
class RegisterForGroupSessionParams(Lazy, AdditionalProperties[Any]):
    """Register a client for a scheduled group session.

    Attributes:
        smb_tool_type:  Default: 'register_for_group_session'.
    """

    smb_tool_type: Literal["register_for_group_session"] | Unset = _attrs_field(
        default="register_for_group_session",
        kw_only=True,
        validator=types.tag("RegisterForGroupSessionParams", "smb_tool_type", "register_for_group_session"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("register_for_group_session")),
        Field("additional_properties", None, dict_of(ANY)),
    )
