from typing import Literal

SecretDependencyResourceType = Literal["agents", "phone_numbers", "tools"]

SECRET_DEPENDENCY_RESOURCE_TYPE_VALUES: set[SecretDependencyResourceType] = {
    "agents",
    "phone_numbers",
    "tools",
}


def check_secret_dependency_resource_type(value: str) -> SecretDependencyResourceType:
    if value in SECRET_DEPENDENCY_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SECRET_DEPENDENCY_RESOURCE_TYPE_VALUES!r}")
