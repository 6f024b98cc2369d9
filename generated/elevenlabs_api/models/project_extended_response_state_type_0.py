from typing import Literal

ProjectExtendedResponseStateType0 = Literal["converting", "creating", "default", "in_queue"]

PROJECT_EXTENDED_RESPONSE_STATE_TYPE_0_VALUES: set[ProjectExtendedResponseStateType0] = {
    "converting",
    "creating",
    "default",
    "in_queue",
}


def check_project_extended_response_state_type_0(value: str) -> ProjectExtendedResponseStateType0:
    if value in PROJECT_EXTENDED_RESPONSE_STATE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_EXTENDED_RESPONSE_STATE_TYPE_0_VALUES!r}")
