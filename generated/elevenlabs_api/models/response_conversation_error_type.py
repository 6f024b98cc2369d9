from typing import Literal

ResponseConversationErrorType = Literal[
    "agent_configuration_error",
    "blocked_by_user",
    "call_initialization_error",
    "call_rejected",
    "client_disconnected",
    "entitlement_exceeded",
    "guardrail_triggered",
    "integration_error",
    "invalid_client_request",
    "line_busy",
    "llm_error",
    "max_duration_exceeded",
    "no_answer",
    "permission_error",
    "post_processing_error",
    "safety_violation",
    "speech_error",
    "system_error",
    "tool_error",
]

RESPONSE_CONVERSATION_ERROR_TYPE_VALUES: set[ResponseConversationErrorType] = {
    "agent_configuration_error",
    "blocked_by_user",
    "call_initialization_error",
    "call_rejected",
    "client_disconnected",
    "entitlement_exceeded",
    "guardrail_triggered",
    "integration_error",
    "invalid_client_request",
    "line_busy",
    "llm_error",
    "max_duration_exceeded",
    "no_answer",
    "permission_error",
    "post_processing_error",
    "safety_violation",
    "speech_error",
    "system_error",
    "tool_error",
}


def check_response_conversation_error_type(value: str) -> ResponseConversationErrorType:
    if value in RESPONSE_CONVERSATION_ERROR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_CONVERSATION_ERROR_TYPE_VALUES!r}")
