from typing import Literal

SingleUseTokenType = Literal["batch_scribe", "realtime_scribe", "tts_websocket"]

SINGLE_USE_TOKEN_TYPE_VALUES: set[SingleUseTokenType] = {
    "batch_scribe",
    "realtime_scribe",
    "tts_websocket",
}


def check_single_use_token_type(value: str) -> SingleUseTokenType:
    if value in SINGLE_USE_TOKEN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SINGLE_USE_TOKEN_TYPE_VALUES!r}")
