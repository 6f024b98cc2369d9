from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_approval_policy import MCPApprovalPolicy, check_mcp_approval_policy
from ..types import (
    MISSING,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="MCPApprovalPolicyUpdateRequestModel")


@_attrs_define
class MCPApprovalPolicyUpdateRequestModel:
    """Request model for updating MCP Server approval mode.

    Attributes:
        approval_policy (MCPApprovalPolicy): Defines the MCP server-level approval policy for tool execution.
    """

    approval_policy: MCPApprovalPolicy

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        approval_policy: Any
        try:
            approval_policy = self.approval_policy
        except (AttributeError, TypeError):
            approval_policy = self.approval_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if approval_policy is not None or "approval_policy" not in self._missing_fields:
            field_dict["approval_policy"] = approval_policy
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        approval_policy_raw = d.pop("approval_policy", MISSING)
        if approval_policy_raw is MISSING:
            approval_policy = missing_field(cls, "approval_policy")
            _missing += ("approval_policy",)
        else:
            try:
                approval_policy = check_mcp_approval_policy(approval_policy_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                approval_policy = deviating_field(cls, "approval_policy", approval_policy_raw)

        mcp_approval_policy_update_request_model = cls(
            approval_policy=approval_policy,
        )
        if _missing:
            mcp_approval_policy_update_request_model._missing_fields = _missing
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
