from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import McpToolApprovalPolicy
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class McpToolApprovalHash(Lazy, AdditionalProperties[Any]):
    """Model for storing tool approval hashes for per-tool approval.

    Attributes:
        tool_name: The name of the MCP tool
        tool_hash: SHA256 hash of the tool's parameters and description
        approval_policy: The approval policy for this tool Defaults to 'requires_approval' on the server.
    """

    tool_name: str

    tool_hash: str

    approval_policy: McpToolApprovalPolicy | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("tool_name", "tool_name", STR, required=True),
        Field("tool_hash", "tool_hash", STR, required=True),
        Field("approval_policy", "approval_policy", union(literal("McpToolApprovalPolicy"), STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )
