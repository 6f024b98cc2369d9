from typing import Literal

CreateOAuth2JwtRequestAlgorithm = Literal["HS256", "HS384", "HS512", "RS256", "RS384", "RS512"]

CREATE_O_AUTH_2_JWT_REQUEST_ALGORITHM_VALUES: set[CreateOAuth2JwtRequestAlgorithm] = {
    "HS256",
    "HS384",
    "HS512",
    "RS256",
    "RS384",
    "RS512",
}


def check_create_o_auth_2_jwt_request_algorithm(value: str) -> CreateOAuth2JwtRequestAlgorithm:
    if value in CREATE_O_AUTH_2_JWT_REQUEST_ALGORITHM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_O_AUTH_2_JWT_REQUEST_ALGORITHM_VALUES!r}")
