from typing import Literal

DubRequestMode = Literal["automatic", "manual"]

DUB_REQUEST_MODE_VALUES: set[DubRequestMode] = {
    "automatic",
    "manual",
}


def check_dub_request_mode(value: str) -> DubRequestMode:
    if value in DUB_REQUEST_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DUB_REQUEST_MODE_VALUES!r}")
