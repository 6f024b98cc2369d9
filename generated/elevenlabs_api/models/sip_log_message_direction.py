from typing import Literal

SipLogMessageDirection = Literal["in", "out"]

SIP_LOG_MESSAGE_DIRECTION_VALUES: set[SipLogMessageDirection] = {
    "in",
    "out",
}


def check_sip_log_message_direction(value: str) -> SipLogMessageDirection:
    if value in SIP_LOG_MESSAGE_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIP_LOG_MESSAGE_DIRECTION_VALUES!r}")
