from typing import Literal

ConversationTokenPurpose = Literal["shareable_link", "signed_url"]

CONVERSATION_TOKEN_PURPOSE_VALUES: set[ConversationTokenPurpose] = {
    "shareable_link",
    "signed_url",
}


def check_conversation_token_purpose(value: str) -> ConversationTokenPurpose:
    if value in CONVERSATION_TOKEN_PURPOSE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSATION_TOKEN_PURPOSE_VALUES!r}")
