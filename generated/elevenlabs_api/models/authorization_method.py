from typing import Literal

AuthorizationMethod = Literal[
    "authorization_header",
    "genesys_api_key",
    "invalid",
    "livekit_token",
    "livekit_token_website",
    "public",
    "shareable_link",
    "signed_url",
    "whatsapp",
]

AUTHORIZATION_METHOD_VALUES: set[AuthorizationMethod] = {
    "authorization_header",
    "genesys_api_key",
    "invalid",
    "livekit_token",
    "livekit_token_website",
    "public",
    "shareable_link",
    "signed_url",
    "whatsapp",
}


def check_authorization_method(value: str) -> AuthorizationMethod:
    if value in AUTHORIZATION_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTHORIZATION_METHOD_VALUES!r}")
