from typing import Literal

AgentConversationTicketIssueType = Literal[
    "knowledge_gap", "missing_tool", "product_feedback", "tool_issue", "unnecessary_escalation"
]

AGENT_CONVERSATION_TICKET_ISSUE_TYPE_VALUES: set[AgentConversationTicketIssueType] = {
    "knowledge_gap",
    "missing_tool",
    "product_feedback",
    "tool_issue",
    "unnecessary_escalation",
}


def check_agent_conversation_ticket_issue_type(value: str) -> AgentConversationTicketIssueType:
    if value in AGENT_CONVERSATION_TICKET_ISSUE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_CONVERSATION_TICKET_ISSUE_TYPE_VALUES!r}")
