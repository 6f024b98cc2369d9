from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
)
from ..models._literals import McpApprovalPolicy


@_attrs_define(slots=False)
class McpApprovalPolicyUpdateRequestModel(Lazy, AdditionalProperties[Any]):
    """Request model for updating MCP Server approval mode.

    Attributes:
        approval_policy: Defines the MCP server-level approval policy for tool execution.
    """

    approval_policy: McpApprovalPolicy

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("approval_policy", "approval_policy", literal("McpApprovalPolicy"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
