from typing import Literal

SecretDependencyType = Literal["conversation_initiation_webhook"]

SECRET_DEPENDENCY_TYPE_VALUES: set[SecretDependencyType] = {
    "conversation_initiation_webhook",
}


def check_secret_dependency_type(value: str) -> SecretDependencyType:
    if value in SECRET_DEPENDENCY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SECRET_DEPENDENCY_TYPE_VALUES!r}")
