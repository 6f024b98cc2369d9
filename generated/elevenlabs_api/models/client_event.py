from typing import Literal

ClientEvent = Literal[
    "agent_chat_response_part",
    "agent_response",
    "agent_response_complete",
    "agent_response_correction",
    "agent_response_metadata",
    "agent_tool_request",
    "agent_tool_response",
    "agent_tool_response_full_payload",
    "asr_initiation_metadata",
    "audio",
    "client_error",
    "client_tool_call",
    "context_usage",
    "conversation_initiation_metadata",
    "dtmf_request",
    "guardrail_triggered",
    "internal_tentative_agent_response",
    "internal_turn_probability",
    "interruption",
    "mcp_connection_status",
    "mcp_tool_call",
    "ping",
    "tentative_user_transcript",
    "user_transcript",
    "vad_score",
]

CLIENT_EVENT_VALUES: set[ClientEvent] = {
    "agent_chat_response_part",
    "agent_response",
    "agent_response_complete",
    "agent_response_correction",
    "agent_response_metadata",
    "agent_tool_request",
    "agent_tool_response",
    "agent_tool_response_full_payload",
    "asr_initiation_metadata",
    "audio",
    "client_error",
    "client_tool_call",
    "context_usage",
    "conversation_initiation_metadata",
    "dtmf_request",
    "guardrail_triggered",
    "internal_tentative_agent_response",
    "internal_turn_probability",
    "interruption",
    "mcp_connection_status",
    "mcp_tool_call",
    "ping",
    "tentative_user_transcript",
    "user_transcript",
    "vad_score",
}


def check_client_event(value: str) -> ClientEvent:
    if value in CLIENT_EVENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIENT_EVENT_VALUES!r}")
