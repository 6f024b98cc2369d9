from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import (
    BillingPeriod,
    CharacterRefreshPeriod,
    Currency,
    InvoiceResponsePaymentIntentStatussesItemType0,
    InvoiceResponsePaymentIntentStatusType0,
    PendingSubscriptionSwitchResponseModelNextTierType0,
    SubscriptionStatusType,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class Subscription(Lazy, AdditionalProperties[Any]):
    """Example:
        {'allowed_to_extend_character_limit': True, 'billing_period': 'monthly_period', 'can_extend_character_limit':
        True, 'can_extend_voice_limit': True, 'can_use_instant_voice_cloning': True,
        'can_use_professional_voice_cloning': True, 'character_count': 1000, 'character_limit': 10000,
        'character_refresh_period': 'monthly_period', 'currency': 'usd', 'current_overage': {'amount': '0', 'currency':
        'usd'}, 'has_open_invoices': True, 'has_used_creator_coupon_on_account': False,
        'has_used_starter_coupon_on_account': False, 'max_character_limit_extension': 10000,
        'max_credit_limit_extension': 10000, 'next_character_count_reset_unix': 1738356858, 'next_invoice':
        {'amount_due_cents': 1000, 'discounts': [{'discount_percent_off': 20.0}], 'next_payment_attempt_unix':
        1738356858, 'payment_intent_status': 'processing', 'payment_intent_statusses': ['processing', 'succeeded'],
        'subtotal_cents': 900, 'tax_cents': 100}, 'open_invoices': [{'amount_due_cents': 1000, 'discounts':
        [{'discount_percent_off': 20.0}], 'next_payment_attempt_unix': 1738356858, 'payment_intent_status':
        'processing', 'payment_intent_statusses': ['processing', 'succeeded'], 'subtotal_cents': 900, 'tax_cents':
        100}], 'professional_voice_limit': 1, 'professional_voice_slots_used': 0,
        'professional_voice_slots_used_in_workspace': 0, 'status': 'active', 'tier': 'starter',
        'voice_add_edit_counter': 0, 'voice_limit': 10, 'voice_slots_used': 1}

    Attributes:
        tier: The tier of the user's subscription.
        character_count: The number of characters used by the user.
        character_limit: The maximum number of characters allowed in the current billing period.
        max_character_limit_extension: Deprecated: use `max_credit_limit_extension`. Maximum number of characters that
            the character limit can be exceeded by. Managed by the workspace admin.
        max_credit_limit_extension: Maximum number of credits that the credit limit can be exceeded by. Managed by the
            workspace admin. `"unlimited"` means no cap, `0` means usage-based billing is disabled.
        can_extend_character_limit: Whether the workspace is entitled to enter overages (usage-based billing).
        allowed_to_extend_character_limit: Deprecated: use `max_credit_limit_extension != 0`. Whether the user is
            allowed to extend their character limit.
        voice_slots_used: The number of voice slots used by the user.
        professional_voice_slots_used: The number of professional voice slots used. For consolidated billing this is the
            group-wide count across all workspaces in the group; see professional_voice_slots_used_in_workspace for the
            current workspace only.
        professional_voice_slots_used_in_workspace: The number of professional voice slots used in the current
            workspace. For consolidated billing, professional_voice_slots_used counts across all workspaces in the group,
            while this counts only the current workspace.
        voice_limit: The maximum number of voice slots allowed for the user.
        voice_add_edit_counter: The number of voice add/edits used by the user.
        professional_voice_limit: The maximum number of professional voices allowed for the user.
        can_extend_voice_limit: Whether the user can extend their voice limit.
        can_use_instant_voice_cloning: Whether the user can use instant voice cloning.
        can_use_professional_voice_cloning: Whether the user can use professional voice cloning.
        current_overage: Currency/amount pair.
        status: The status of the user's subscription.
        open_invoices: The open invoices for the user.
        has_open_invoices: Whether the user has open invoices.
        next_character_count_reset_unix: The Unix timestamp of the next character count reset.
        max_voice_add_edits: The maximum number of voice add/edits allowed for the user.
        currency: The currency of the user's subscription.
        billing_period: The billing period of the user's subscription.
        character_refresh_period: The character refresh period of the user's subscription.
        next_invoice: The next invoice for the user.
        pending_change: The pending change for the user.
        has_used_starter_coupon_on_account: True if any workspace owned by this user's auth account has redeemed the
            starter first-month discount coupon. Defaults to False on the server.
        has_used_creator_coupon_on_account: True if any workspace owned by this user's auth account has redeemed the
            creator first-month discount coupon. Defaults to False on the server.
    """

    tier: str

    character_count: int

    character_limit: int

    max_character_limit_extension: int | None = _attrs_field(default=None, kw_only=True)

    max_credit_limit_extension: int | Literal["unlimited"]

    can_extend_character_limit: bool

    allowed_to_extend_character_limit: bool

    voice_slots_used: int

    professional_voice_slots_used: int

    professional_voice_slots_used_in_workspace: int

    voice_limit: int

    voice_add_edit_counter: int

    professional_voice_limit: int

    can_extend_voice_limit: bool

    can_use_instant_voice_cloning: bool

    can_use_professional_voice_cloning: bool

    current_overage: Price

    status: str | SubscriptionStatusType

    open_invoices: list[InvoiceResponse]

    has_open_invoices: bool

    next_character_count_reset_unix: int | None | Unset = UNSET

    max_voice_add_edits: int | None | Unset = UNSET

    currency: Currency | None | str | Unset = UNSET

    billing_period: BillingPeriod | None | str | Unset = UNSET

    character_refresh_period: CharacterRefreshPeriod | None | str | Unset = UNSET

    next_invoice: InvoiceResponse | None | Unset = UNSET

    pending_change: (
        None | PendingCancellationResponseModel | PendingSubscriptionSwitchResponseModel | UnknownVariant | Unset
    ) = UNSET

    has_used_starter_coupon_on_account: bool | Unset = UNSET

    has_used_creator_coupon_on_account: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("tier", "tier", STR, required=True),
        Field("character_count", "character_count", INT, required=True),
        Field("character_limit", "character_limit", INT, required=True),
        Field("max_character_limit_extension", "max_character_limit_extension", union(INT, NULL), required=True),
        Field(
            "max_credit_limit_extension", "max_credit_limit_extension", union(INT, const("unlimited")), required=True
        ),
        Field("can_extend_character_limit", "can_extend_character_limit", BOOL, required=True),
        Field("allowed_to_extend_character_limit", "allowed_to_extend_character_limit", BOOL, required=True),
        Field("voice_slots_used", "voice_slots_used", INT, required=True),
        Field("professional_voice_slots_used", "professional_voice_slots_used", INT, required=True),
        Field(
            "professional_voice_slots_used_in_workspace",
            "professional_voice_slots_used_in_workspace",
            INT,
            required=True,
        ),
        Field("voice_limit", "voice_limit", INT, required=True),
        Field("voice_add_edit_counter", "voice_add_edit_counter", INT, required=True),
        Field("professional_voice_limit", "professional_voice_limit", INT, required=True),
        Field("can_extend_voice_limit", "can_extend_voice_limit", BOOL, required=True),
        Field("can_use_instant_voice_cloning", "can_use_instant_voice_cloning", BOOL, required=True),
        Field("can_use_professional_voice_cloning", "can_use_professional_voice_cloning", BOOL, required=True),
        Field("current_overage", "current_overage", object_of("Price"), required=True),
        Field("status", "status", union(literal("SubscriptionStatusType"), STR), required=True),
        Field("open_invoices", "open_invoices", list_of(object_of("InvoiceResponse")), required=True),
        Field("has_open_invoices", "has_open_invoices", BOOL, required=True),
        Field("next_character_count_reset_unix", "next_character_count_reset_unix", union(INT, NULL)),
        Field("max_voice_add_edits", "max_voice_add_edits", union(INT, NULL)),
        Field("currency", "currency", union(literal("Currency"), NULL, STR)),
        Field("billing_period", "billing_period", union(literal("BillingPeriod"), NULL, STR)),
        Field(
            "character_refresh_period", "character_refresh_period", union(literal("CharacterRefreshPeriod"), NULL, STR)
        ),
        Field("next_invoice", "next_invoice", union(object_of("InvoiceResponse"), NULL)),
        Field(
            "pending_change",
            "pending_change",
            union(
                object_of("PendingSubscriptionSwitchResponseModel"),
                object_of("PendingCancellationResponseModel"),
                NULL,
                object_of("UnknownVariant"),
            ),
        ),
        Field("has_used_starter_coupon_on_account", "has_used_starter_coupon_on_account", BOOL),
        Field("has_used_creator_coupon_on_account", "has_used_creator_coupon_on_account", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DiscountResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    discount_percent_off: The discount applied to the invoice. E.g. [20.0f] for 20% off.
    discount_amount_off: The discount applied to the invoice. E.g. [20.0f] for 20 cents off.
    """

    discount_percent_off: float | None | Unset = UNSET

    discount_amount_off: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("discount_percent_off", "discount_percent_off", union(FLOAT, NULL)),
        Field("discount_amount_off", "discount_amount_off", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
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


@_attrs_define(slots=False)
class PendingCancellationResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    timestamp_seconds: The timestamp of the cancellation.
    kind:  Default: 'cancellation'.
    """

    timestamp_seconds: int

    kind: Literal["cancellation"] | Unset = _attrs_field(
        default="cancellation",
        kw_only=True,
        validator=types.tag("PendingCancellationResponseModel", "kind", "cancellation"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("timestamp_seconds", "timestamp_seconds", INT, required=True),
        Field("kind", "kind", const("cancellation")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class PendingSubscriptionSwitchResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    next_tier: The tier to change to.
    next_billing_period: The billing period to change to.
    timestamp_seconds: The timestamp of the change.
    kind:  Default: 'change'.
    """

    next_tier: PendingSubscriptionSwitchResponseModelNextTierType0 | str

    next_billing_period: BillingPeriod | str

    timestamp_seconds: int

    kind: Literal["change"] | Unset = _attrs_field(
        default="change",
        kw_only=True,
        validator=types.tag("PendingSubscriptionSwitchResponseModel", "kind", "change"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "next_tier",
            "next_tier",
            union(literal("PendingSubscriptionSwitchResponseModelNextTierType0"), STR),
            required=True,
        ),
        Field("next_billing_period", "next_billing_period", union(literal("BillingPeriod"), STR), required=True),
        Field("timestamp_seconds", "timestamp_seconds", INT, required=True),
        Field("kind", "kind", const("change")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.price import Price
from ..models.unknown_variant import UnknownVariant
