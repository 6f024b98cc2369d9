from typing import Literal

ShareOptionResponseModelTypeType0 = Literal["group", "key", "user"]

SHARE_OPTION_RESPONSE_MODEL_TYPE_TYPE_0_VALUES: set[ShareOptionResponseModelTypeType0] = {
    "group",
    "key",
    "user",
}


def check_share_option_response_model_type_type_0(value: str) -> ShareOptionResponseModelTypeType0:
    if value in SHARE_OPTION_RESPONSE_MODEL_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SHARE_OPTION_RESPONSE_MODEL_TYPE_TYPE_0_VALUES!r}")
