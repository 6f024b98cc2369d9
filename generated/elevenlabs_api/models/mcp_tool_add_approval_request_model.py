from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, STR, AdditionalProperties, Field, Lazy, dict_of, literal, object_of
from ..models._literals import McpToolApprovalPolicy
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class McpToolAddApprovalRequestModel(Lazy, AdditionalProperties[Any]):
    """Request model for adding approval for a single MCP tool.

    Attributes:
        tool_name: The name of the MCP tool
        tool_description: The description of the MCP tool
        input_schema: The input schema of the MCP tool (the schema defined on the MCP server before ElevenLabs does any
            extra processing)
        approval_policy: Defines the tool-level approval policy.
    """

    tool_name: str

    tool_description: str

    input_schema: McpToolAddApprovalRequestModelInputSchema | Unset = UNSET

    approval_policy: McpToolApprovalPolicy | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("tool_name", "tool_name", STR, required=True),
        Field("tool_description", "tool_description", STR, required=True),
        Field("input_schema", "input_schema", object_of("McpToolAddApprovalRequestModelInputSchema")),
        Field("approval_policy", "approval_policy", literal("McpToolApprovalPolicy")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class McpToolAddApprovalRequestModelInputSchema(Lazy, AdditionalProperties[Any]):
    """The input schema of the MCP tool (the schema defined on the MCP server before ElevenLabs does any extra processing)"""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)
