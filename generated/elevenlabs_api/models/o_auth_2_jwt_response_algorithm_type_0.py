from typing import Literal

OAuth2JwtResponseAlgorithmType0 = Literal["HS256", "HS384", "HS512", "RS256", "RS384", "RS512"]

O_AUTH_2_JWT_RESPONSE_ALGORITHM_TYPE_0_VALUES: set[OAuth2JwtResponseAlgorithmType0] = {
    "HS256",
    "HS384",
    "HS512",
    "RS256",
    "RS384",
    "RS512",
}


def check_o_auth_2_jwt_response_algorithm_type_0(value: str) -> OAuth2JwtResponseAlgorithmType0:
    if value in O_AUTH_2_JWT_RESPONSE_ALGORITHM_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {O_AUTH_2_JWT_RESPONSE_ALGORITHM_TYPE_0_VALUES!r}")
