from typing import Literal

ProjectResponseModelStateType0 = Literal["converting", "creating", "default", "in_queue"]

PROJECT_RESPONSE_MODEL_STATE_TYPE_0_VALUES: set[ProjectResponseModelStateType0] = {
    "converting",
    "creating",
    "default",
    "in_queue",
}


def check_project_response_model_state_type_0(value: str) -> ProjectResponseModelStateType0:
    if value in PROJECT_RESPONSE_MODEL_STATE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_RESPONSE_MODEL_STATE_TYPE_0_VALUES!r}")
