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
class ListAgentReferencesParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'list_agent_references'.
    """

    smb_tool_type: Literal["list_agent_references"] | Unset = _attrs_field(
        default="list_agent_references",
        kw_only=True,
        validator=types.tag("ListAgentReferencesParams", "smb_tool_type", "list_agent_references"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("list_agent_references")),
        Field("additional_properties", None, dict_of(ANY)),
    )
