from typing import Literal

ProjectResponseStateType0 = Literal["converting", "creating", "default", "in_queue"]

PROJECT_RESPONSE_STATE_TYPE_0_VALUES: set[ProjectResponseStateType0] = {
    "converting",
    "creating",
    "default",
    "in_queue",
}


def check_project_response_state_type_0(value: str) -> ProjectResponseStateType0:
    if value in PROJECT_RESPONSE_STATE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_RESPONSE_STATE_TYPE_0_VALUES!r}")
