from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_approval_policy import MCPApprovalPolicy, check_mcp_approval_policy

T = TypeVar("T", bound="MCPApprovalPolicyUpdateRequestModel")


@_attrs_define
class MCPApprovalPolicyUpdateRequestModel:
    """Request model for updating MCP Server approval mode.

    Attributes:
        approval_policy (MCPApprovalPolicy): Defines the MCP server-level approval policy for tool execution.
    """

    approval_policy: MCPApprovalPolicy

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approval_policy: str = self.approval_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["approval_policy"] = approval_policy
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        approval_policy = check_mcp_approval_policy(d.pop("approval_policy"))

        mcp_approval_policy_update_request_model = cls(
            approval_policy=approval_policy,
        )
        mcp_approval_policy_update_request_model.additional_properties = d
        return mcp_approval_policy_update_request_model

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
