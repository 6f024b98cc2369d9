from typing import Literal

ProjectExtendedResponseModelStateType0 = Literal["converting", "creating", "default", "in_queue"]

PROJECT_EXTENDED_RESPONSE_MODEL_STATE_TYPE_0_VALUES: set[ProjectExtendedResponseModelStateType0] = {
    "converting",
    "creating",
    "default",
    "in_queue",
}


def check_project_extended_response_model_state_type_0(value: str) -> ProjectExtendedResponseModelStateType0:
    if value in PROJECT_EXTENDED_RESPONSE_MODEL_STATE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_EXTENDED_RESPONSE_MODEL_STATE_TYPE_0_VALUES!r}"
    )
