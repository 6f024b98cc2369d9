from typing import Literal

EnvironmentVariableResponseTypeType0 = Literal["auth_connection", "secret", "string"]

ENVIRONMENT_VARIABLE_RESPONSE_TYPE_TYPE_0_VALUES: set[EnvironmentVariableResponseTypeType0] = {
    "auth_connection",
    "secret",
    "string",
}


def check_environment_variable_response_type_type_0(value: str) -> EnvironmentVariableResponseTypeType0:
    if value in ENVIRONMENT_VARIABLE_RESPONSE_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENVIRONMENT_VARIABLE_RESPONSE_TYPE_TYPE_0_VALUES!r}")
