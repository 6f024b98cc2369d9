from typing import Literal

ToolType = Literal["api_integration_mcp", "api_integration_webhook", "client", "mcp", "system", "webhook", "workflow"]

TOOL_TYPE_VALUES: set[ToolType] = {
    "api_integration_mcp",
    "api_integration_webhook",
    "client",
    "mcp",
    "system",
    "webhook",
    "workflow",
}


def check_tool_type(value: str) -> ToolType:
    if value in TOOL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOOL_TYPE_VALUES!r}")
