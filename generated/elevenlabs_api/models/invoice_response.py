from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    InvoiceResponsePaymentIntentStatussesItemType0,
    InvoiceResponsePaymentIntentStatusType0,
)
from ..types import (
    ANY,
    FLOAT,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)


@_attrs_define(slots=False)
class InvoiceResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'amount_due_cents': 1000, 'discounts': [{'discount_percent_off': 20.0}], 'next_payment_attempt_unix':
        1738356858, 'payment_intent_status': 'processing', 'payment_intent_statusses': ['processing', 'succeeded'],
        'subtotal_cents': 900, 'tax_cents': 100}

    Attributes:
        amount_due_cents: The amount due in cents.
        discounts: The discounts applied to the invoice.
        next_payment_attempt_unix: The Unix timestamp of the next payment attempt. -1 when there is no next payment
            attempt.
        payment_intent_status: Deprecated. Use [payment_intent_statusses] instead. The status of this invoice's first
            payment intent. None when there is no payment intent.
        payment_intent_statusses: The statuses of this invoice's payment intents. Empty list when there are no payment
            intents.
        subtotal_cents: The subtotal amount in cents before tax (exclusive of tax and discounts).
        tax_cents: The tax amount in cents.
        discount_percent_off: Deprecated. Use [discounts] instead. The discount applied to the invoice. E.g. [20.0f] for
            20% off.
        discount_amount_off: Deprecated. Use [discounts] instead. The discount applied to the invoice. E.g. [20.0f] for
            20 cents off.
    """

    amount_due_cents: int

    discounts: list[DiscountResponseModel]

    next_payment_attempt_unix: int

    payment_intent_status: InvoiceResponsePaymentIntentStatusType0 | None | str = _attrs_field(
        default=None, kw_only=True
    )

    payment_intent_statusses: list[InvoiceResponsePaymentIntentStatussesItemType0 | str]

    subtotal_cents: int | None | Unset = UNSET

    tax_cents: int | None | Unset = UNSET

    discount_percent_off: float | None | Unset = UNSET

    discount_amount_off: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("amount_due_cents", "amount_due_cents", INT, required=True),
        Field("discounts", "discounts", list_of(object_of("DiscountResponseModel")), required=True),
        Field("next_payment_attempt_unix", "next_payment_attempt_unix", INT, required=True),
        Field(
            "payment_intent_status",
            "payment_intent_status",
            union(literal("InvoiceResponsePaymentIntentStatusType0"), NULL, STR),
            required=True,
        ),
        Field(
            "payment_intent_statusses",
            "payment_intent_statusses",
            list_of(union(literal("InvoiceResponsePaymentIntentStatussesItemType0"), STR)),
            required=True,
        ),
        Field("subtotal_cents", "subtotal_cents", union(INT, NULL)),
        Field("tax_cents", "tax_cents", union(INT, NULL)),
        Field("discount_percent_off", "discount_percent_off", union(FLOAT, NULL)),
        Field("discount_amount_off", "discount_amount_off", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.discount_response_model import DiscountResponseModel
