from typing import Literal

AlertingWebhookMethod = Literal["POST", "PUT"]

ALERTING_WEBHOOK_METHOD_VALUES: set[AlertingWebhookMethod] = {
    "POST",
    "PUT",
}


def check_alerting_webhook_method(value: str) -> AlertingWebhookMethod:
    if value in ALERTING_WEBHOOK_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALERTING_WEBHOOK_METHOD_VALUES!r}")
