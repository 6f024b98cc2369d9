from typing import Literal

ConversationInitiationSource = Literal[
    "android_sdk",
    "flutter_sdk",
    "genesys",
    "js_sdk",
    "node_js_sdk",
    "python_sdk",
    "react_native_sdk",
    "react_sdk",
    "sip_trunk",
    "swift_sdk",
    "twilio",
    "unknown",
    "whatsapp",
    "widget",
]

CONVERSATION_INITIATION_SOURCE_VALUES: set[ConversationInitiationSource] = {
    "android_sdk",
    "flutter_sdk",
    "genesys",
    "js_sdk",
    "node_js_sdk",
    "python_sdk",
    "react_native_sdk",
    "react_sdk",
    "sip_trunk",
    "swift_sdk",
    "twilio",
    "unknown",
    "whatsapp",
    "widget",
}


def check_conversation_initiation_source(value: str) -> ConversationInitiationSource:
    if value in CONVERSATION_INITIATION_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSATION_INITIATION_SOURCE_VALUES!r}")
