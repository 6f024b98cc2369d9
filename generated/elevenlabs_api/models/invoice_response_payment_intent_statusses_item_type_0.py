from typing import Literal

InvoiceResponsePaymentIntentStatussesItemType0 = Literal[
    "canceled",
    "processing",
    "requires_action",
    "requires_capture",
    "requires_confirmation",
    "requires_payment_method",
    "succeeded",
]

INVOICE_RESPONSE_PAYMENT_INTENT_STATUSSES_ITEM_TYPE_0_VALUES: set[InvoiceResponsePaymentIntentStatussesItemType0] = {
    "canceled",
    "processing",
    "requires_action",
    "requires_capture",
    "requires_confirmation",
    "requires_payment_method",
    "succeeded",
}


def check_invoice_response_payment_intent_statusses_item_type_0(
    value: str,
) -> InvoiceResponsePaymentIntentStatussesItemType0:
    if value in INVOICE_RESPONSE_PAYMENT_INTENT_STATUSSES_ITEM_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVOICE_RESPONSE_PAYMENT_INTENT_STATUSSES_ITEM_TYPE_0_VALUES!r}"
    )
