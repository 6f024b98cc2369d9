from typing import Literal

AuthConnectionStatus = Literal["active", "credential_invalid", "refresh_failed", "revoked"]

AUTH_CONNECTION_STATUS_VALUES: set[AuthConnectionStatus] = {
    "active",
    "credential_invalid",
    "refresh_failed",
    "revoked",
}


def check_auth_connection_status(value: str) -> AuthConnectionStatus:
    if value in AUTH_CONNECTION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTH_CONNECTION_STATUS_VALUES!r}")
