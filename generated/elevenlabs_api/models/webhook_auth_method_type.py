from typing import Literal

WebhookAuthMethodType = Literal["hmac", "mtls", "oauth2"]

WEBHOOK_AUTH_METHOD_TYPE_VALUES: set[WebhookAuthMethodType] = {
    "hmac",
    "mtls",
    "oauth2",
}


def check_webhook_auth_method_type(value: str) -> WebhookAuthMethodType:
    if value in WEBHOOK_AUTH_METHOD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_AUTH_METHOD_TYPE_VALUES!r}")
