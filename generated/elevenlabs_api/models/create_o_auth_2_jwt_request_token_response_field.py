from typing import Literal

CreateOAuth2JwtRequestTokenResponseField = Literal["access_token", "id_token"]

CREATE_O_AUTH_2_JWT_REQUEST_TOKEN_RESPONSE_FIELD_VALUES: set[CreateOAuth2JwtRequestTokenResponseField] = {
    "access_token",
    "id_token",
}


def check_create_o_auth_2_jwt_request_token_response_field(value: str) -> CreateOAuth2JwtRequestTokenResponseField:
    if value in CREATE_O_AUTH_2_JWT_REQUEST_TOKEN_RESPONSE_FIELD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_O_AUTH_2_JWT_REQUEST_TOKEN_RESPONSE_FIELD_VALUES!r}"
    )
