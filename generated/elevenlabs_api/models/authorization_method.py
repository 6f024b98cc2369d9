from enum import StrEnum


class AuthorizationMethod(StrEnum):
    AUTHORIZATION_HEADER = "authorization_header"
    GENESYS_API_KEY = "genesys_api_key"
    INVALID = "invalid"
    LIVEKIT_TOKEN = "livekit_token"
    LIVEKIT_TOKEN_WEBSITE = "livekit_token_website"
    PUBLIC = "public"
    SHAREABLE_LINK = "shareable_link"
    SIGNED_URL = "signed_url"
    WHATSAPP = "whatsapp"

    def __str__(self) -> str:
        return str(self.value)
