from typing import Literal

ConversationSummaryMessageModelRoleType0 = Literal["agent", "user"]

CONVERSATION_SUMMARY_MESSAGE_MODEL_ROLE_TYPE_0_VALUES: set[ConversationSummaryMessageModelRoleType0] = {
    "agent",
    "user",
}


def check_conversation_summary_message_model_role_type_0(value: str) -> ConversationSummaryMessageModelRoleType0:
    if value in CONVERSATION_SUMMARY_MESSAGE_MODEL_ROLE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_SUMMARY_MESSAGE_MODEL_ROLE_TYPE_0_VALUES!r}"
    )
