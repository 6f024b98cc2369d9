from typing import Literal

AgentConversationTicketSource = Literal["agent", "manual", "qa"]

AGENT_CONVERSATION_TICKET_SOURCE_VALUES: set[AgentConversationTicketSource] = {
    "agent",
    "manual",
    "qa",
}


def check_agent_conversation_ticket_source(value: str) -> AgentConversationTicketSource:
    if value in AGENT_CONVERSATION_TICKET_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_CONVERSATION_TICKET_SOURCE_VALUES!r}")
