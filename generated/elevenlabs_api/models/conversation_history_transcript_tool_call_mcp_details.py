from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, BOOL, STR, AdditionalProperties, Field, Lazy, const, dict_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationHistoryTranscriptToolCallMcpDetails(Lazy, AdditionalProperties[Any]):
    """Attributes:
    requires_approval: Defaults to False on the server.
    mcp_tool_name: Defaults to empty on the server.
    mcp_tool_description: Defaults to empty on the server.
    """

    mcp_server_id: str

    mcp_server_name: str

    integration_type: str

    approval_policy: str

    type_: Literal["mcp"] | Unset = _attrs_field(
        default="mcp",
        kw_only=True,
        alias="type",
        validator=types.tag("ConversationHistoryTranscriptToolCallMcpDetails", "type", "mcp"),
    )

    parameters: ConversationHistoryTranscriptToolCallMcpDetailsParameters | Unset = UNSET

    requires_approval: bool | Unset = UNSET

    mcp_tool_name: str | Unset = UNSET

    mcp_tool_description: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("mcp_server_id", "mcp_server_id", STR, required=True),
        Field("mcp_server_name", "mcp_server_name", STR, required=True),
        Field("integration_type", "integration_type", STR, required=True),
        Field("approval_policy", "approval_policy", STR, required=True),
        Field("type_", "type", const("mcp")),
        Field("parameters", "parameters", object_of("ConversationHistoryTranscriptToolCallMcpDetailsParameters")),
        Field("requires_approval", "requires_approval", BOOL),
        Field("mcp_tool_name", "mcp_tool_name", STR),
        Field("mcp_tool_description", "mcp_tool_description", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationHistoryTranscriptToolCallMcpDetails, type_="type")


@_attrs_define(slots=False)
class ConversationHistoryTranscriptToolCallMcpDetailsParameters(Lazy, AdditionalProperties["str"]):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)
