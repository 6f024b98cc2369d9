from enum import StrEnum


class AgentDefinitionSource(StrEnum):
    API = "api"
    CLI = "cli"
    TEMPLATE = "template"
    UI = "ui"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
