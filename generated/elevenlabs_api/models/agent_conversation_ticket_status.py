from typing import Literal

AgentConversationTicketStatus = Literal["in_progress", "merged", "open", "resolved"]

AGENT_CONVERSATION_TICKET_STATUS_VALUES: set[AgentConversationTicketStatus] = {
    "in_progress",
    "merged",
    "open",
    "resolved",
}


def check_agent_conversation_ticket_status(value: str) -> AgentConversationTicketStatus:
    if value in AGENT_CONVERSATION_TICKET_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_CONVERSATION_TICKET_STATUS_VALUES!r}")
