from typing import Literal

OAuth2JwtResponseTokenResponseFieldType0 = Literal["access_token", "id_token"]

O_AUTH_2_JWT_RESPONSE_TOKEN_RESPONSE_FIELD_TYPE_0_VALUES: set[OAuth2JwtResponseTokenResponseFieldType0] = {
    "access_token",
    "id_token",
}


def check_o_auth_2_jwt_response_token_response_field_type_0(value: str) -> OAuth2JwtResponseTokenResponseFieldType0:
    if value in O_AUTH_2_JWT_RESPONSE_TOKEN_RESPONSE_FIELD_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {O_AUTH_2_JWT_RESPONSE_TOKEN_RESPONSE_FIELD_TYPE_0_VALUES!r}"
    )
