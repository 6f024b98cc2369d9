from typing import Literal

PrivateKeyJwtResponseAlgorithmType0 = Literal["HS256", "HS384", "HS512", "RS256", "RS384", "RS512"]

PRIVATE_KEY_JWT_RESPONSE_ALGORITHM_TYPE_0_VALUES: set[PrivateKeyJwtResponseAlgorithmType0] = {
    "HS256",
    "HS384",
    "HS512",
    "RS256",
    "RS384",
    "RS512",
}


def check_private_key_jwt_response_algorithm_type_0(value: str) -> PrivateKeyJwtResponseAlgorithmType0:
    if value in PRIVATE_KEY_JWT_RESPONSE_ALGORITHM_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRIVATE_KEY_JWT_RESPONSE_ALGORITHM_TYPE_0_VALUES!r}")
