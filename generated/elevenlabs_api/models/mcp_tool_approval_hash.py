from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_tool_approval_policy import MCPToolApprovalPolicy
from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="MCPToolApprovalHash")


@_attrs_define
class MCPToolApprovalHash:
    """Model for storing tool approval hashes for per-tool approval.

    Attributes:
        tool_name (str): The name of the MCP tool
        tool_hash (str): SHA256 hash of the tool's parameters and description
        approval_policy (MCPToolApprovalPolicy | str | Unset): The approval policy for this tool Default:
            'requires_approval'.
    """

    tool_name: str

    tool_hash: str

    approval_policy: MCPToolApprovalPolicy | str | Unset = "requires_approval"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        tool_name = self.tool_name

        tool_hash = self.tool_hash

        approval_policy: Any
        try:
            if isinstance(self.approval_policy, Unset):
                approval_policy = UNSET
            elif isinstance(self.approval_policy, str):
                approval_policy = self.approval_policy
            else:
                approval_policy = self.approval_policy

        except (AttributeError, TypeError):
            approval_policy = self.approval_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tool_name is not None or "tool_name" not in self._missing_fields:
            field_dict["tool_name"] = tool_name
        if tool_hash is not None or "tool_hash" not in self._missing_fields:
            field_dict["tool_hash"] = tool_hash
        if approval_policy is not UNSET:
            field_dict["approval_policy"] = approval_policy
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        tool_name = d.pop("tool_name", MISSING)
        if tool_name.__class__ is not str:
            if tool_name is MISSING:
                tool_name = missing_field(cls, "tool_name")
                _missing += ("tool_name",)
            else:
                tool_name = unexpected_type(cls, "tool_name", tool_name, "a string")

        tool_hash = d.pop("tool_hash", MISSING)
        if tool_hash.__class__ is not str:
            if tool_hash is MISSING:
                tool_hash = missing_field(cls, "tool_hash")
                _missing += ("tool_hash",)
            else:
                tool_hash = unexpected_type(cls, "tool_hash", tool_hash, "a string")

        approval_policy = d.pop("approval_policy", UNSET)
        if approval_policy.__class__ is not str and approval_policy is not UNSET:
            approval_policy = unexpected_type(cls, "approval_policy", approval_policy, "a string")

        mcp_tool_approval_hash = cls(
            tool_name=tool_name,
            tool_hash=tool_hash,
            approval_policy=approval_policy,
        )
        if _missing:
            mcp_tool_approval_hash._missing_fields = _missing
        mcp_tool_approval_hash.additional_properties = d
        return mcp_tool_approval_hash

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
