from typing import Literal

CreatePrivateKeyJwtRequestAlgorithm = Literal["HS256", "HS384", "HS512", "RS256", "RS384", "RS512"]

CREATE_PRIVATE_KEY_JWT_REQUEST_ALGORITHM_VALUES: set[CreatePrivateKeyJwtRequestAlgorithm] = {
    "HS256",
    "HS384",
    "HS512",
    "RS256",
    "RS384",
    "RS512",
}


def check_create_private_key_jwt_request_algorithm(value: str) -> CreatePrivateKeyJwtRequestAlgorithm:
    if value in CREATE_PRIVATE_KEY_JWT_REQUEST_ALGORITHM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_PRIVATE_KEY_JWT_REQUEST_ALGORITHM_VALUES!r}")
