from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_tool_approval_policy import MCPToolApprovalPolicy, check_mcp_tool_approval_policy
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="MCPToolAddApprovalRequestModel")


@_attrs_define
class MCPToolAddApprovalRequestModel:
    """Request model for adding approval for a single MCP tool.

    Attributes:
        tool_name (str): The name of the MCP tool
        tool_description (str): The description of the MCP tool
        input_schema (MCPToolAddApprovalRequestModelInputSchema | Unset): The input schema of the MCP tool (the schema
            defined on the MCP server before ElevenLabs does any extra processing)
        approval_policy (MCPToolApprovalPolicy | Unset): Defines the tool-level approval policy.
    """

    tool_name: str

    tool_description: str

    input_schema: MCPToolAddApprovalRequestModelInputSchema | Unset = UNSET

    approval_policy: MCPToolApprovalPolicy | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        tool_name = self.tool_name

        tool_description = self.tool_description

        input_schema: Any
        try:
            input_schema = UNSET
            if not isinstance(self.input_schema, Unset):
                input_schema = self.input_schema.to_dict()
        except (AttributeError, TypeError):
            input_schema = self.input_schema

        approval_policy: Any
        try:
            approval_policy = UNSET
            if not isinstance(self.approval_policy, Unset):
                approval_policy = self.approval_policy

        except (AttributeError, TypeError):
            approval_policy = self.approval_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tool_name is not None or "tool_name" not in self._missing_fields:
            field_dict["tool_name"] = tool_name
        if tool_description is not None or "tool_description" not in self._missing_fields:
            field_dict["tool_description"] = tool_description
        if input_schema is not UNSET:
            field_dict["input_schema"] = input_schema
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

        tool_description = d.pop("tool_description", MISSING)
        if tool_description.__class__ is not str:
            if tool_description is MISSING:
                tool_description = missing_field(cls, "tool_description")
                _missing += ("tool_description",)
            else:
                tool_description = unexpected_type(cls, "tool_description", tool_description, "a string")

        input_schema_raw = d.pop("input_schema", UNSET)
        try:
            _input_schema = input_schema_raw
            input_schema: MCPToolAddApprovalRequestModelInputSchema | Unset
            if isinstance(_input_schema, Unset):
                input_schema = UNSET
            else:
                input_schema = MCPToolAddApprovalRequestModelInputSchema.from_dict(_input_schema)
        except (KeyError, TypeError, ValueError, AttributeError):
            input_schema = deviating_field(cls, "input_schema", input_schema_raw)

        approval_policy_raw = d.pop("approval_policy", UNSET)
        try:
            _approval_policy = approval_policy_raw
            approval_policy: MCPToolApprovalPolicy | Unset
            if isinstance(_approval_policy, Unset):
                approval_policy = UNSET
            else:
                approval_policy = check_mcp_tool_approval_policy(_approval_policy)
        except (KeyError, TypeError, ValueError, AttributeError):
            approval_policy = deviating_field(cls, "approval_policy", approval_policy_raw)

        mcp_tool_add_approval_request_model = cls(
            tool_name=tool_name,
            tool_description=tool_description,
            input_schema=input_schema,
            approval_policy=approval_policy,
        )
        if _missing:
            mcp_tool_add_approval_request_model._missing_fields = _missing
        mcp_tool_add_approval_request_model.additional_properties = d
        return mcp_tool_add_approval_request_model

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.mcp_tool_add_approval_request_model_input_schema import MCPToolAddApprovalRequestModelInputSchema
