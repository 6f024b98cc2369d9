from typing import Literal

AgentChatResponsePartType = Literal["delta", "start", "stop"]

AGENT_CHAT_RESPONSE_PART_TYPE_VALUES: set[AgentChatResponsePartType] = {
    "delta",
    "start",
    "stop",
}


def check_agent_chat_response_part_type(value: str) -> AgentChatResponsePartType:
    if value in AGENT_CHAT_RESPONSE_PART_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_CHAT_RESPONSE_PART_TYPE_VALUES!r}")
