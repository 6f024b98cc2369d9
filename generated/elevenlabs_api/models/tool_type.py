from enum import StrEnum


class ToolType(StrEnum):
    API_INTEGRATION_MCP = "api_integration_mcp"
    API_INTEGRATION_WEBHOOK = "api_integration_webhook"
    CLIENT = "client"
    MCP = "mcp"
    SYSTEM = "system"
    WEBHOOK = "webhook"
    WORKFLOW = "workflow"

    def __str__(self) -> str:
        return str(self.value)
