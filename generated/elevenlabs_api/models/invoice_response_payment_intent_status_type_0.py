from typing import Literal

InvoiceResponsePaymentIntentStatusType0 = Literal[
    "canceled",
    "processing",
    "requires_action",
    "requires_capture",
    "requires_confirmation",
    "requires_payment_method",
    "succeeded",
]

INVOICE_RESPONSE_PAYMENT_INTENT_STATUS_TYPE_0_VALUES: set[InvoiceResponsePaymentIntentStatusType0] = {
    "canceled",
    "processing",
    "requires_action",
    "requires_capture",
    "requires_confirmation",
    "requires_payment_method",
    "succeeded",
}


def check_invoice_response_payment_intent_status_type_0(value: str) -> InvoiceResponsePaymentIntentStatusType0:
    if value in INVOICE_RESPONSE_PAYMENT_INTENT_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVOICE_RESPONSE_PAYMENT_INTENT_STATUS_TYPE_0_VALUES!r}"
    )
