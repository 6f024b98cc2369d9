from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    InvoiceResponsePaymentIntentStatussesItemType0,
    InvoiceResponsePaymentIntentStatusType0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="InvoiceResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class InvoiceResponse(Lazy):
    """Example:
        {'amount_due_cents': 1000, 'discounts': [{'discount_percent_off': 20.0}], 'next_payment_attempt_unix':
        1738356858, 'payment_intent_status': 'processing', 'payment_intent_statusses': ['processing', 'succeeded'],
        'subtotal_cents': 900, 'tax_cents': 100}

    Attributes:
        amount_due_cents (int): The amount due in cents.
        discounts (list[DiscountResponseModel]): The discounts applied to the invoice.
        next_payment_attempt_unix (int): The Unix timestamp of the next payment attempt. -1 when there is no next
            payment attempt.
        payment_intent_status (InvoiceResponsePaymentIntentStatusType0 | None | str): Deprecated. Use
            [payment_intent_statusses] instead. The status of this invoice's first payment intent. None when there is no
            payment intent.
        payment_intent_statusses (list[InvoiceResponsePaymentIntentStatussesItemType0 | str]): The statuses of this
            invoice's payment intents. Empty list when there are no payment intents.
        subtotal_cents (int | None | Unset): The subtotal amount in cents before tax (exclusive of tax and discounts).
        tax_cents (int | None | Unset): The tax amount in cents.
        discount_percent_off (float | None | Unset): Deprecated. Use [discounts] instead. The discount applied to the
            invoice. E.g. [20.0f] for 20% off.
        discount_amount_off (float | None | Unset): Deprecated. Use [discounts] instead. The discount applied to the
            invoice. E.g. [20.0f] for 20 cents off.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "amount_due_cents",
        "discounts",
        "next_payment_attempt_unix",
        "payment_intent_status",
        "payment_intent_statusses",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        amount_due_cents = self.amount_due_cents

        discounts: Any
        try:
            discounts = []
            for discounts_item_data in self.discounts:
                discounts_item = discounts_item_data.to_dict()
                discounts.append(discounts_item)

        except (AttributeError, TypeError):
            discounts = self.discounts

        next_payment_attempt_unix = self.next_payment_attempt_unix

        payment_intent_status: Any
        try:
            if isinstance(self.payment_intent_status, str):
                payment_intent_status = self.payment_intent_status
            else:
                payment_intent_status = self.payment_intent_status

        except (AttributeError, TypeError):
            payment_intent_status = self.payment_intent_status

        payment_intent_statusses: Any
        try:
            payment_intent_statusses = []
            for payment_intent_statusses_item_data in self.payment_intent_statusses:
                payment_intent_statusses_item: str
                if isinstance(payment_intent_statusses_item_data, str):
                    payment_intent_statusses_item = payment_intent_statusses_item_data
                else:
                    payment_intent_statusses_item = payment_intent_statusses_item_data

                payment_intent_statusses.append(payment_intent_statusses_item)

        except (AttributeError, TypeError):
            payment_intent_statusses = self.payment_intent_statusses

        subtotal_cents: Any
        try:
            subtotal_cents = self.subtotal_cents

        except (AttributeError, TypeError):
            subtotal_cents = self.subtotal_cents

        tax_cents: Any
        try:
            tax_cents = self.tax_cents

        except (AttributeError, TypeError):
            tax_cents = self.tax_cents

        discount_percent_off: Any
        try:
            discount_percent_off = self.discount_percent_off

        except (AttributeError, TypeError):
            discount_percent_off = self.discount_percent_off

        discount_amount_off: Any
        try:
            discount_amount_off = self.discount_amount_off

        except (AttributeError, TypeError):
            discount_amount_off = self.discount_amount_off

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if amount_due_cents is not None or "amount_due_cents" not in self._missing_fields:
            field_dict["amount_due_cents"] = amount_due_cents
        if discounts is not None or "discounts" not in self._missing_fields:
            field_dict["discounts"] = discounts
        if next_payment_attempt_unix is not None or "next_payment_attempt_unix" not in self._missing_fields:
            field_dict["next_payment_attempt_unix"] = next_payment_attempt_unix
        if payment_intent_status is not None or "payment_intent_status" not in self._missing_fields:
            field_dict["payment_intent_status"] = payment_intent_status
        if payment_intent_statusses is not None or "payment_intent_statusses" not in self._missing_fields:
            field_dict["payment_intent_statusses"] = payment_intent_statusses
        if subtotal_cents is not UNSET:
            field_dict["subtotal_cents"] = subtotal_cents
        if tax_cents is not UNSET:
            field_dict["tax_cents"] = tax_cents
        if discount_percent_off is not UNSET:
            field_dict["discount_percent_off"] = discount_percent_off
        if discount_amount_off is not UNSET:
            field_dict["discount_amount_off"] = discount_amount_off
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        invoice_response = cls.__new__(cls)
        invoice_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return invoice_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_read_amount_due_cents = plain_reader("amount_due_cents", (int,), "an integer", True)


def _read_discounts(cls: type[InvoiceResponse], d: Mapping[str, Any]) -> Any:
    discounts_raw = d.get("discounts", MISSING)
    if discounts_raw is MISSING:
        discounts = missing_field(cls, "discounts")
    else:
        try:
            expect_array("discounts", discounts_raw)
            discounts = []
            _discounts = discounts_raw
            for discounts_item_data in _discounts:
                discounts_item = DiscountResponseModel.from_dict(discounts_item_data)

                discounts.append(discounts_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            discounts = deviating_field(cls, "discounts", discounts_raw)

    return discounts


_read_next_payment_attempt_unix = plain_reader("next_payment_attempt_unix", (int,), "an integer", True)

_read_payment_intent_status = plain_reader(
    "payment_intent_status",
    (
        type(None),
        str,
    ),
    "null or a string",
    True,
)


def _read_payment_intent_statusses(cls: type[InvoiceResponse], d: Mapping[str, Any]) -> Any:
    payment_intent_statusses_raw = d.get("payment_intent_statusses", MISSING)
    if payment_intent_statusses_raw is MISSING:
        payment_intent_statusses = missing_field(cls, "payment_intent_statusses")
    else:
        try:
            expect_array("payment_intent_statusses", payment_intent_statusses_raw)
            payment_intent_statusses = []
            _payment_intent_statusses = payment_intent_statusses_raw
            for payment_intent_statusses_item_data in _payment_intent_statusses:
                payment_intent_statusses_item = payment_intent_statusses_item_data

                payment_intent_statusses.append(payment_intent_statusses_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            payment_intent_statusses = deviating_field(cls, "payment_intent_statusses", payment_intent_statusses_raw)

    return payment_intent_statusses


_read_subtotal_cents = plain_reader(
    "subtotal_cents",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_tax_cents = plain_reader(
    "tax_cents",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_discount_percent_off = plain_reader(
    "discount_percent_off",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_discount_amount_off = plain_reader(
    "discount_amount_off",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "amount_due_cents",
        "discounts",
        "next_payment_attempt_unix",
        "payment_intent_status",
        "payment_intent_statusses",
        "subtotal_cents",
        "tax_cents",
        "discount_percent_off",
        "discount_amount_off",
    )
)


def _read_additional_properties(cls: type[InvoiceResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[InvoiceResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    amount_due_cents = d.get("amount_due_cents", MISSING)
    if amount_due_cents.__class__ is not int:
        amount_due_cents = _read_amount_due_cents(cls, d)

    if "discounts" in known:
        discounts = known["discounts"]
    else:
        discounts = _read_discounts(cls, d)

    next_payment_attempt_unix = d.get("next_payment_attempt_unix", MISSING)
    if next_payment_attempt_unix.__class__ is not int:
        next_payment_attempt_unix = _read_next_payment_attempt_unix(cls, d)

    payment_intent_status = d.get("payment_intent_status", MISSING)
    if payment_intent_status is not None and payment_intent_status.__class__ is not str:
        payment_intent_status = _read_payment_intent_status(cls, d)

    if "payment_intent_statusses" in known:
        payment_intent_statusses = known["payment_intent_statusses"]
    else:
        payment_intent_statusses = _read_payment_intent_statusses(cls, d)

    subtotal_cents = d.get("subtotal_cents", UNSET)
    if subtotal_cents.__class__ is not int and subtotal_cents is not None and subtotal_cents is not UNSET:
        subtotal_cents = _read_subtotal_cents(cls, d)

    tax_cents = d.get("tax_cents", UNSET)
    if tax_cents.__class__ is not int and tax_cents is not None and tax_cents is not UNSET:
        tax_cents = _read_tax_cents(cls, d)

    discount_percent_off = d.get("discount_percent_off", UNSET)
    if (
        discount_percent_off.__class__ is not float
        and discount_percent_off.__class__ is not int
        and discount_percent_off is not None
        and discount_percent_off is not UNSET
    ):
        discount_percent_off = _read_discount_percent_off(cls, d)

    discount_amount_off = d.get("discount_amount_off", UNSET)
    if (
        discount_amount_off.__class__ is not float
        and discount_amount_off.__class__ is not int
        and discount_amount_off is not None
        and discount_amount_off is not UNSET
    ):
        discount_amount_off = _read_discount_amount_off(cls, d)

    return {
        "amount_due_cents": amount_due_cents,
        "discounts": discounts,
        "next_payment_attempt_unix": next_payment_attempt_unix,
        "payment_intent_status": payment_intent_status,
        "payment_intent_statusses": payment_intent_statusses,
        "subtotal_cents": subtotal_cents,
        "tax_cents": tax_cents,
        "discount_percent_off": discount_percent_off,
        "discount_amount_off": discount_amount_off,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    InvoiceResponse,
    _all_fields,
    {
        "amount_due_cents": _read_amount_due_cents,
        "discounts": _read_discounts,
        "next_payment_attempt_unix": _read_next_payment_attempt_unix,
        "payment_intent_status": _read_payment_intent_status,
        "payment_intent_statusses": _read_payment_intent_statusses,
        "subtotal_cents": _read_subtotal_cents,
        "tax_cents": _read_tax_cents,
        "discount_percent_off": _read_discount_percent_off,
        "discount_amount_off": _read_discount_amount_off,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.discount_response_model import DiscountResponseModel
