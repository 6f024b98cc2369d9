from typing import Literal

McpToolApprovalPolicy = Literal["auto_approved", "requires_approval"]

MCP_TOOL_APPROVAL_POLICY_VALUES: set[McpToolApprovalPolicy] = {
    "auto_approved",
    "requires_approval",
}


def check_mcp_tool_approval_policy(value: str) -> McpToolApprovalPolicy:
    if value in MCP_TOOL_APPROVAL_POLICY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MCP_TOOL_APPROVAL_POLICY_VALUES!r}")
