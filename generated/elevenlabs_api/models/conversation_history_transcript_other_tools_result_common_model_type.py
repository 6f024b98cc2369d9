from enum import StrEnum


class ConversationHistoryTranscriptOtherToolsResultCommonModelType(StrEnum):
    CLIENT = "client"
    MCP = "mcp"
    WEBHOOK = "webhook"

    def __str__(self) -> str:
        return str(self.value)
