from typing import Literal

McpApprovalPolicy = Literal["auto_approve_all", "require_approval_all", "require_approval_per_tool"]

MCP_APPROVAL_POLICY_VALUES: set[McpApprovalPolicy] = {
    "auto_approve_all",
    "require_approval_all",
    "require_approval_per_tool",
}


def check_mcp_approval_policy(value: str) -> McpApprovalPolicy:
    if value in MCP_APPROVAL_POLICY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MCP_APPROVAL_POLICY_VALUES!r}")
