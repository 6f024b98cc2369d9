from typing import Literal

InvoiceResponseModelPaymentIntentStatusType0 = Literal[
    "canceled",
    "processing",
    "requires_action",
    "requires_capture",
    "requires_confirmation",
    "requires_payment_method",
    "succeeded",
]

INVOICE_RESPONSE_MODEL_PAYMENT_INTENT_STATUS_TYPE_0_VALUES: set[InvoiceResponseModelPaymentIntentStatusType0] = {
    "canceled",
    "processing",
    "requires_action",
    "requires_capture",
    "requires_confirmation",
    "requires_payment_method",
    "succeeded",
}


def check_invoice_response_model_payment_intent_status_type_0(
    value: str,
) -> InvoiceResponseModelPaymentIntentStatusType0:
    if value in INVOICE_RESPONSE_MODEL_PAYMENT_INTENT_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVOICE_RESPONSE_MODEL_PAYMENT_INTENT_STATUS_TYPE_0_VALUES!r}"
    )
