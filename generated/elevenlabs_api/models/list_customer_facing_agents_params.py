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
class ListCustomerFacingAgentsParams(Lazy, AdditionalProperties[Any]):
    """List every customer-facing agent on the workspace.

    The assistant uses this whenever it needs to act on a specific customer-facing
    agent (rules, config edits, etc.) so it can pick the right ``agent_id`` to pass
    to mutating tools. Mirrors the ``list_services`` / ``list_clients``
    pattern: read once, then mutate by id.

    Attributes:
        smb_tool_type:  Default: 'list_customer_facing_agents'.
    """

    smb_tool_type: Literal["list_customer_facing_agents"] | Unset = _attrs_field(
        default="list_customer_facing_agents",
        kw_only=True,
        validator=types.tag("ListCustomerFacingAgentsParams", "smb_tool_type", "list_customer_facing_agents"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("list_customer_facing_agents")),
        Field("additional_properties", None, dict_of(ANY)),
    )
