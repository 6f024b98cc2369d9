from typing import Literal

InvoiceResponseModelPaymentIntentStatussesItemType0 = Literal[
    "canceled",
    "processing",
    "requires_action",
    "requires_capture",
    "requires_confirmation",
    "requires_payment_method",
    "succeeded",
]

INVOICE_RESPONSE_MODEL_PAYMENT_INTENT_STATUSSES_ITEM_TYPE_0_VALUES: set[
    InvoiceResponseModelPaymentIntentStatussesItemType0
] = {
    "canceled",
    "processing",
    "requires_action",
    "requires_capture",
    "requires_confirmation",
    "requires_payment_method",
    "succeeded",
}


def check_invoice_response_model_payment_intent_statusses_item_type_0(
    value: str,
) -> InvoiceResponseModelPaymentIntentStatussesItemType0:
    if value in INVOICE_RESPONSE_MODEL_PAYMENT_INTENT_STATUSSES_ITEM_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVOICE_RESPONSE_MODEL_PAYMENT_INTENT_STATUSSES_ITEM_TYPE_0_VALUES!r}"
    )
