from typing import Literal

AgentDefinitionSource = Literal["api", "cli", "template", "ui", "unknown"]

AGENT_DEFINITION_SOURCE_VALUES: set[AgentDefinitionSource] = {
    "api",
    "cli",
    "template",
    "ui",
    "unknown",
}


def check_agent_definition_source(value: str) -> AgentDefinitionSource:
    if value in AGENT_DEFINITION_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_DEFINITION_SOURCE_VALUES!r}")
