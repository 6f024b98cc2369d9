from enum import StrEnum


class ConversationInitiationSource(StrEnum):
    ANDROID_SDK = "android_sdk"
    FLUTTER_SDK = "flutter_sdk"
    GENESYS = "genesys"
    JS_SDK = "js_sdk"
    NODE_JS_SDK = "node_js_sdk"
    PYTHON_SDK = "python_sdk"
    REACT_NATIVE_SDK = "react_native_sdk"
    REACT_SDK = "react_sdk"
    SIP_TRUNK = "sip_trunk"
    SWIFT_SDK = "swift_sdk"
    TWILIO = "twilio"
    UNKNOWN = "unknown"
    WHATSAPP = "whatsapp"
    WIDGET = "widget"

    def __str__(self) -> str:
        return str(self.value)
