from typing import Literal

AgentTestEntityType = Literal["folder", "test"]

AGENT_TEST_ENTITY_TYPE_VALUES: set[AgentTestEntityType] = {
    "folder",
    "test",
}


def check_agent_test_entity_type(value: str) -> AgentTestEntityType:
    if value in AGENT_TEST_ENTITY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_TEST_ENTITY_TYPE_VALUES!r}")
