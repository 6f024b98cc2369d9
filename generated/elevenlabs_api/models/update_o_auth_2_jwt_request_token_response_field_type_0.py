from typing import Literal

UpdateOAuth2JwtRequestTokenResponseFieldType0 = Literal["access_token", "id_token"]

UPDATE_O_AUTH_2_JWT_REQUEST_TOKEN_RESPONSE_FIELD_TYPE_0_VALUES: set[UpdateOAuth2JwtRequestTokenResponseFieldType0] = {
    "access_token",
    "id_token",
}


def check_update_o_auth_2_jwt_request_token_response_field_type_0(
    value: str,
) -> UpdateOAuth2JwtRequestTokenResponseFieldType0:
    if value in UPDATE_O_AUTH_2_JWT_REQUEST_TOKEN_RESPONSE_FIELD_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_O_AUTH_2_JWT_REQUEST_TOKEN_RESPONSE_FIELD_TYPE_0_VALUES!r}"
    )
