from typing import Literal

EnvironmentVariablesListTypeType0 = Literal["auth_connection", "secret", "string"]

ENVIRONMENT_VARIABLES_LIST_TYPE_TYPE_0_VALUES: set[EnvironmentVariablesListTypeType0] = {
    "auth_connection",
    "secret",
    "string",
}


def check_environment_variables_list_type_type_0(value: str) -> EnvironmentVariablesListTypeType0:
    if value in ENVIRONMENT_VARIABLES_LIST_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENVIRONMENT_VARIABLES_LIST_TYPE_TYPE_0_VALUES!r}")
