from typing import Literal

UpdateOAuth2JwtRequestAlgorithmType0 = Literal["HS256", "HS384", "HS512", "RS256", "RS384", "RS512"]

UPDATE_O_AUTH_2_JWT_REQUEST_ALGORITHM_TYPE_0_VALUES: set[UpdateOAuth2JwtRequestAlgorithmType0] = {
    "HS256",
    "HS384",
    "HS512",
    "RS256",
    "RS384",
    "RS512",
}


def check_update_o_auth_2_jwt_request_algorithm_type_0(value: str) -> UpdateOAuth2JwtRequestAlgorithmType0:
    if value in UPDATE_O_AUTH_2_JWT_REQUEST_ALGORITHM_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_O_AUTH_2_JWT_REQUEST_ALGORITHM_TYPE_0_VALUES!r}"
    )
