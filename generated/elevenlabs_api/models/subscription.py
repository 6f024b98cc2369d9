from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    BillingPeriod,
    CharacterRefreshPeriod,
    Currency,
    SubscriptionStatusType,
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
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="Subscription")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class Subscription(Lazy):
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
        tier (str): The tier of the user's subscription.
        character_count (int): The number of characters used by the user.
        character_limit (int): The maximum number of characters allowed in the current billing period.
        max_character_limit_extension (int | None): Deprecated: use `max_credit_limit_extension`. Maximum number of
            characters that the character limit can be exceeded by. Managed by the workspace admin.
        max_credit_limit_extension (int | Literal['unlimited']): Maximum number of credits that the credit limit can be
            exceeded by. Managed by the workspace admin. `"unlimited"` means no cap, `0` means usage-based billing is
            disabled.
        can_extend_character_limit (bool): Whether the workspace is entitled to enter overages (usage-based billing).
        allowed_to_extend_character_limit (bool): Deprecated: use `max_credit_limit_extension != 0`. Whether the user is
            allowed to extend their character limit.
        voice_slots_used (int): The number of voice slots used by the user.
        professional_voice_slots_used (int): The number of professional voice slots used. For consolidated billing this
            is the group-wide count across all workspaces in the group; see professional_voice_slots_used_in_workspace for
            the current workspace only.
        professional_voice_slots_used_in_workspace (int): The number of professional voice slots used in the current
            workspace. For consolidated billing, professional_voice_slots_used counts across all workspaces in the group,
            while this counts only the current workspace.
        voice_limit (int): The maximum number of voice slots allowed for the user.
        voice_add_edit_counter (int): The number of voice add/edits used by the user.
        professional_voice_limit (int): The maximum number of professional voices allowed for the user.
        can_extend_voice_limit (bool): Whether the user can extend their voice limit.
        can_use_instant_voice_cloning (bool): Whether the user can use instant voice cloning.
        can_use_professional_voice_cloning (bool): Whether the user can use professional voice cloning.
        current_overage (Price): Currency/amount pair.
        status (str | SubscriptionStatusType): The status of the user's subscription.
        open_invoices (list[InvoiceResponse]): The open invoices for the user.
        has_open_invoices (bool): Whether the user has open invoices.
        next_character_count_reset_unix (int | None | Unset): The Unix timestamp of the next character count reset.
        max_voice_add_edits (int | None | Unset): The maximum number of voice add/edits allowed for the user.
        currency (Currency | None | str | Unset): The currency of the user's subscription.
        billing_period (BillingPeriod | None | str | Unset): The billing period of the user's subscription.
        character_refresh_period (CharacterRefreshPeriod | None | str | Unset): The character refresh period of the
            user's subscription.
        next_invoice (InvoiceResponse | None | Unset): The next invoice for the user.
        pending_change (None | PendingCancellationResponseModel | PendingSubscriptionSwitchResponseModel |
            UnknownVariant | Unset): The pending change for the user.
        has_used_starter_coupon_on_account (bool | Unset): True if any workspace owned by this user's auth account has
            redeemed the starter first-month discount coupon. Defaults to False on the server.
        has_used_creator_coupon_on_account (bool | Unset): True if any workspace owned by this user's auth account has
            redeemed the creator first-month discount coupon. Defaults to False on the server.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "tier",
        "character_count",
        "character_limit",
        "max_character_limit_extension",
        "max_credit_limit_extension",
        "can_extend_character_limit",
        "allowed_to_extend_character_limit",
        "voice_slots_used",
        "professional_voice_slots_used",
        "professional_voice_slots_used_in_workspace",
        "voice_limit",
        "voice_add_edit_counter",
        "professional_voice_limit",
        "can_extend_voice_limit",
        "can_use_instant_voice_cloning",
        "can_use_professional_voice_cloning",
        "current_overage",
        "status",
        "open_invoices",
        "has_open_invoices",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        tier = self.tier

        character_count = self.character_count

        character_limit = self.character_limit

        max_character_limit_extension: Any
        try:
            max_character_limit_extension = self.max_character_limit_extension

        except (AttributeError, TypeError):
            max_character_limit_extension = self.max_character_limit_extension

        max_credit_limit_extension: Any
        try:
            max_credit_limit_extension = self.max_credit_limit_extension

        except (AttributeError, TypeError):
            max_credit_limit_extension = self.max_credit_limit_extension

        can_extend_character_limit = self.can_extend_character_limit

        allowed_to_extend_character_limit = self.allowed_to_extend_character_limit

        voice_slots_used = self.voice_slots_used

        professional_voice_slots_used = self.professional_voice_slots_used

        professional_voice_slots_used_in_workspace = self.professional_voice_slots_used_in_workspace

        voice_limit = self.voice_limit

        voice_add_edit_counter = self.voice_add_edit_counter

        professional_voice_limit = self.professional_voice_limit

        can_extend_voice_limit = self.can_extend_voice_limit

        can_use_instant_voice_cloning = self.can_use_instant_voice_cloning

        can_use_professional_voice_cloning = self.can_use_professional_voice_cloning

        current_overage: Any
        try:
            current_overage = self.current_overage.to_dict()
        except (AttributeError, TypeError):
            current_overage = self.current_overage

        status: Any
        try:
            if isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        open_invoices: Any
        try:
            open_invoices = []
            for open_invoices_item_data in self.open_invoices:
                open_invoices_item = open_invoices_item_data.to_dict()
                open_invoices.append(open_invoices_item)

        except (AttributeError, TypeError):
            open_invoices = self.open_invoices

        has_open_invoices = self.has_open_invoices

        next_character_count_reset_unix: Any
        try:
            next_character_count_reset_unix = self.next_character_count_reset_unix

        except (AttributeError, TypeError):
            next_character_count_reset_unix = self.next_character_count_reset_unix

        max_voice_add_edits: Any
        try:
            max_voice_add_edits = self.max_voice_add_edits

        except (AttributeError, TypeError):
            max_voice_add_edits = self.max_voice_add_edits

        currency: Any
        try:
            if isinstance(self.currency, Unset):
                currency = UNSET
            elif isinstance(self.currency, str):
                currency = self.currency
            else:
                currency = self.currency

        except (AttributeError, TypeError):
            currency = self.currency

        billing_period: Any
        try:
            if isinstance(self.billing_period, Unset):
                billing_period = UNSET
            elif isinstance(self.billing_period, str):
                billing_period = self.billing_period
            else:
                billing_period = self.billing_period

        except (AttributeError, TypeError):
            billing_period = self.billing_period

        character_refresh_period: Any
        try:
            if isinstance(self.character_refresh_period, Unset):
                character_refresh_period = UNSET
            elif isinstance(self.character_refresh_period, str):
                character_refresh_period = self.character_refresh_period
            else:
                character_refresh_period = self.character_refresh_period

        except (AttributeError, TypeError):
            character_refresh_period = self.character_refresh_period

        next_invoice: Any
        try:
            if isinstance(self.next_invoice, Unset):
                next_invoice = UNSET
            elif isinstance(self.next_invoice, InvoiceResponse):
                next_invoice = self.next_invoice.to_dict()
            else:
                next_invoice = self.next_invoice

        except (AttributeError, TypeError):
            next_invoice = self.next_invoice

        pending_change: Any
        try:
            if isinstance(self.pending_change, Unset):
                pending_change = UNSET
            elif (
                isinstance(self.pending_change, PendingSubscriptionSwitchResponseModel)
                or isinstance(self.pending_change, PendingCancellationResponseModel)
                or isinstance(self.pending_change, UnknownVariant)
            ):
                pending_change = self.pending_change.to_dict()
            else:
                pending_change = self.pending_change

        except (AttributeError, TypeError):
            pending_change = self.pending_change

        has_used_starter_coupon_on_account = self.has_used_starter_coupon_on_account

        has_used_creator_coupon_on_account = self.has_used_creator_coupon_on_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tier is not None or "tier" not in self._missing_fields:
            field_dict["tier"] = tier
        if character_count is not None or "character_count" not in self._missing_fields:
            field_dict["character_count"] = character_count
        if character_limit is not None or "character_limit" not in self._missing_fields:
            field_dict["character_limit"] = character_limit
        if max_character_limit_extension is not None or "max_character_limit_extension" not in self._missing_fields:
            field_dict["max_character_limit_extension"] = max_character_limit_extension
        if max_credit_limit_extension is not None or "max_credit_limit_extension" not in self._missing_fields:
            field_dict["max_credit_limit_extension"] = max_credit_limit_extension
        if can_extend_character_limit is not None or "can_extend_character_limit" not in self._missing_fields:
            field_dict["can_extend_character_limit"] = can_extend_character_limit
        if (
            allowed_to_extend_character_limit is not None
            or "allowed_to_extend_character_limit" not in self._missing_fields
        ):
            field_dict["allowed_to_extend_character_limit"] = allowed_to_extend_character_limit
        if voice_slots_used is not None or "voice_slots_used" not in self._missing_fields:
            field_dict["voice_slots_used"] = voice_slots_used
        if professional_voice_slots_used is not None or "professional_voice_slots_used" not in self._missing_fields:
            field_dict["professional_voice_slots_used"] = professional_voice_slots_used
        if (
            professional_voice_slots_used_in_workspace is not None
            or "professional_voice_slots_used_in_workspace" not in self._missing_fields
        ):
            field_dict["professional_voice_slots_used_in_workspace"] = professional_voice_slots_used_in_workspace
        if voice_limit is not None or "voice_limit" not in self._missing_fields:
            field_dict["voice_limit"] = voice_limit
        if voice_add_edit_counter is not None or "voice_add_edit_counter" not in self._missing_fields:
            field_dict["voice_add_edit_counter"] = voice_add_edit_counter
        if professional_voice_limit is not None or "professional_voice_limit" not in self._missing_fields:
            field_dict["professional_voice_limit"] = professional_voice_limit
        if can_extend_voice_limit is not None or "can_extend_voice_limit" not in self._missing_fields:
            field_dict["can_extend_voice_limit"] = can_extend_voice_limit
        if can_use_instant_voice_cloning is not None or "can_use_instant_voice_cloning" not in self._missing_fields:
            field_dict["can_use_instant_voice_cloning"] = can_use_instant_voice_cloning
        if (
            can_use_professional_voice_cloning is not None
            or "can_use_professional_voice_cloning" not in self._missing_fields
        ):
            field_dict["can_use_professional_voice_cloning"] = can_use_professional_voice_cloning
        if current_overage is not None or "current_overage" not in self._missing_fields:
            field_dict["current_overage"] = current_overage
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        if open_invoices is not None or "open_invoices" not in self._missing_fields:
            field_dict["open_invoices"] = open_invoices
        if has_open_invoices is not None or "has_open_invoices" not in self._missing_fields:
            field_dict["has_open_invoices"] = has_open_invoices
        if next_character_count_reset_unix is not UNSET:
            field_dict["next_character_count_reset_unix"] = next_character_count_reset_unix
        if max_voice_add_edits is not UNSET:
            field_dict["max_voice_add_edits"] = max_voice_add_edits
        if currency is not UNSET:
            field_dict["currency"] = currency
        if billing_period is not UNSET:
            field_dict["billing_period"] = billing_period
        if character_refresh_period is not UNSET:
            field_dict["character_refresh_period"] = character_refresh_period
        if next_invoice is not UNSET:
            field_dict["next_invoice"] = next_invoice
        if pending_change is not UNSET:
            field_dict["pending_change"] = pending_change
        if has_used_starter_coupon_on_account is not UNSET:
            field_dict["has_used_starter_coupon_on_account"] = has_used_starter_coupon_on_account
        if has_used_creator_coupon_on_account is not UNSET:
            field_dict["has_used_creator_coupon_on_account"] = has_used_creator_coupon_on_account
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        subscription = cls.__new__(cls)
        subscription.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return subscription

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


_read_tier = plain_reader("tier", (str,), "a string", True)

_read_character_count = plain_reader("character_count", (int,), "an integer", True)

_read_character_limit = plain_reader("character_limit", (int,), "an integer", True)

_read_max_character_limit_extension = plain_reader(
    "max_character_limit_extension",
    (
        int,
        type(None),
    ),
    "an integer or null",
    True,
)


def _read_max_credit_limit_extension(cls: type[Subscription], d: Mapping[str, Any]) -> Any:
    max_credit_limit_extension_raw = d.get("max_credit_limit_extension", MISSING)
    if max_credit_limit_extension_raw is MISSING:
        max_credit_limit_extension = missing_field(cls, "max_credit_limit_extension")
    else:
        try:

            def _parse_max_credit_limit_extension(data: object) -> int | Literal["unlimited"]:

                try:
                    max_credit_limit_extension_type_1 = cast(Literal["unlimited"], data)
                    if max_credit_limit_extension_type_1 != "unlimited":
                        raise ValueError(
                            f"max_credit_limit_extension_type_1 must match const 'unlimited', got '{max_credit_limit_extension_type_1}'"
                        )
                    return max_credit_limit_extension_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("int | Literal['unlimited']", data)

            max_credit_limit_extension = _parse_max_credit_limit_extension(max_credit_limit_extension_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            max_credit_limit_extension = deviating_field(
                cls, "max_credit_limit_extension", max_credit_limit_extension_raw
            )

    return max_credit_limit_extension


_read_can_extend_character_limit = plain_reader("can_extend_character_limit", (bool,), "a boolean", True)

_read_allowed_to_extend_character_limit = plain_reader("allowed_to_extend_character_limit", (bool,), "a boolean", True)

_read_voice_slots_used = plain_reader("voice_slots_used", (int,), "an integer", True)

_read_professional_voice_slots_used = plain_reader("professional_voice_slots_used", (int,), "an integer", True)

_read_professional_voice_slots_used_in_workspace = plain_reader(
    "professional_voice_slots_used_in_workspace", (int,), "an integer", True
)

_read_voice_limit = plain_reader("voice_limit", (int,), "an integer", True)

_read_voice_add_edit_counter = plain_reader("voice_add_edit_counter", (int,), "an integer", True)

_read_professional_voice_limit = plain_reader("professional_voice_limit", (int,), "an integer", True)

_read_can_extend_voice_limit = plain_reader("can_extend_voice_limit", (bool,), "a boolean", True)

_read_can_use_instant_voice_cloning = plain_reader("can_use_instant_voice_cloning", (bool,), "a boolean", True)

_read_can_use_professional_voice_cloning = plain_reader(
    "can_use_professional_voice_cloning", (bool,), "a boolean", True
)


def _read_current_overage(cls: type[Subscription], d: Mapping[str, Any]) -> Any:
    current_overage_raw = d.get("current_overage", MISSING)
    if current_overage_raw is MISSING:
        current_overage = missing_field(cls, "current_overage")
    else:
        try:
            current_overage = Price.from_dict(current_overage_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            current_overage = deviating_field(cls, "current_overage", current_overage_raw)

    return current_overage


_read_status = plain_reader("status", (str,), "a string", True)


def _read_open_invoices(cls: type[Subscription], d: Mapping[str, Any]) -> Any:
    open_invoices_raw = d.get("open_invoices", MISSING)
    if open_invoices_raw is MISSING:
        open_invoices = missing_field(cls, "open_invoices")
    else:
        try:
            expect_array("open_invoices", open_invoices_raw)
            open_invoices = []
            _open_invoices = open_invoices_raw
            for open_invoices_item_data in _open_invoices:
                open_invoices_item = InvoiceResponse.from_dict(open_invoices_item_data)

                open_invoices.append(open_invoices_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            open_invoices = deviating_field(cls, "open_invoices", open_invoices_raw)

    return open_invoices


_read_has_open_invoices = plain_reader("has_open_invoices", (bool,), "a boolean", True)

_read_next_character_count_reset_unix = plain_reader(
    "next_character_count_reset_unix",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_max_voice_add_edits = plain_reader(
    "max_voice_add_edits",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_currency = plain_reader(
    "currency",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_billing_period = plain_reader(
    "billing_period",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_character_refresh_period = plain_reader(
    "character_refresh_period",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)


def _read_next_invoice(cls: type[Subscription], d: Mapping[str, Any]) -> Any:
    next_invoice_raw = d.get("next_invoice", UNSET)
    try:

        def _parse_next_invoice(data: object) -> InvoiceResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            next_invoice_type_0 = InvoiceResponse.from_dict(data)

            return next_invoice_type_0

        next_invoice = _parse_next_invoice(next_invoice_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        next_invoice = deviating_field(cls, "next_invoice", next_invoice_raw)

    return next_invoice


def _read_pending_change(cls: type[Subscription], d: Mapping[str, Any]) -> Any:
    pending_change_raw = d.get("pending_change", UNSET)
    try:

        def _parse_pending_change(
            data: object,
        ) -> None | PendingCancellationResponseModel | PendingSubscriptionSwitchResponseModel | UnknownVariant | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_pending_change_member, data)

        def _parse_pending_change_member(
            data: object,
        ) -> None | PendingCancellationResponseModel | PendingSubscriptionSwitchResponseModel | UnknownVariant | Unset:
            if isinstance(data, dict):
                for known in (
                    PendingSubscriptionSwitchResponseModel,
                    PendingCancellationResponseModel,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                pending_change_type_0 = PendingSubscriptionSwitchResponseModel.from_dict(data)

                return pending_change_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                pending_change_type_1 = PendingCancellationResponseModel.from_dict(data)

                return pending_change_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            pending_change_type_3 = UnknownVariant.from_dict(data)

            return pending_change_type_3

        pending_change = _parse_pending_change(pending_change_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        pending_change = deviating_field(cls, "pending_change", pending_change_raw)

    return pending_change


_read_has_used_starter_coupon_on_account = plain_reader(
    "has_used_starter_coupon_on_account", (bool,), "a boolean", False
)

_read_has_used_creator_coupon_on_account = plain_reader(
    "has_used_creator_coupon_on_account", (bool,), "a boolean", False
)


_FIELDS: frozenset[str] = frozenset(
    (
        "tier",
        "character_count",
        "character_limit",
        "max_character_limit_extension",
        "max_credit_limit_extension",
        "can_extend_character_limit",
        "allowed_to_extend_character_limit",
        "voice_slots_used",
        "professional_voice_slots_used",
        "professional_voice_slots_used_in_workspace",
        "voice_limit",
        "voice_add_edit_counter",
        "professional_voice_limit",
        "can_extend_voice_limit",
        "can_use_instant_voice_cloning",
        "can_use_professional_voice_cloning",
        "current_overage",
        "status",
        "open_invoices",
        "has_open_invoices",
        "next_character_count_reset_unix",
        "max_voice_add_edits",
        "currency",
        "billing_period",
        "character_refresh_period",
        "next_invoice",
        "pending_change",
        "has_used_starter_coupon_on_account",
        "has_used_creator_coupon_on_account",
    )
)


def _read_additional_properties(cls: type[Subscription], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[Subscription], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    tier = d.get("tier", MISSING)
    if tier.__class__ is not str:
        tier = _read_tier(cls, d)

    character_count = d.get("character_count", MISSING)
    if character_count.__class__ is not int:
        character_count = _read_character_count(cls, d)

    character_limit = d.get("character_limit", MISSING)
    if character_limit.__class__ is not int:
        character_limit = _read_character_limit(cls, d)

    max_character_limit_extension = d.get("max_character_limit_extension", MISSING)
    if max_character_limit_extension.__class__ is not int and max_character_limit_extension is not None:
        max_character_limit_extension = _read_max_character_limit_extension(cls, d)

    if "max_credit_limit_extension" in known:
        max_credit_limit_extension = known["max_credit_limit_extension"]
    else:
        max_credit_limit_extension = _read_max_credit_limit_extension(cls, d)

    can_extend_character_limit = d.get("can_extend_character_limit", MISSING)
    if can_extend_character_limit.__class__ is not bool:
        can_extend_character_limit = _read_can_extend_character_limit(cls, d)

    allowed_to_extend_character_limit = d.get("allowed_to_extend_character_limit", MISSING)
    if allowed_to_extend_character_limit.__class__ is not bool:
        allowed_to_extend_character_limit = _read_allowed_to_extend_character_limit(cls, d)

    voice_slots_used = d.get("voice_slots_used", MISSING)
    if voice_slots_used.__class__ is not int:
        voice_slots_used = _read_voice_slots_used(cls, d)

    professional_voice_slots_used = d.get("professional_voice_slots_used", MISSING)
    if professional_voice_slots_used.__class__ is not int:
        professional_voice_slots_used = _read_professional_voice_slots_used(cls, d)

    professional_voice_slots_used_in_workspace = d.get("professional_voice_slots_used_in_workspace", MISSING)
    if professional_voice_slots_used_in_workspace.__class__ is not int:
        professional_voice_slots_used_in_workspace = _read_professional_voice_slots_used_in_workspace(cls, d)

    voice_limit = d.get("voice_limit", MISSING)
    if voice_limit.__class__ is not int:
        voice_limit = _read_voice_limit(cls, d)

    voice_add_edit_counter = d.get("voice_add_edit_counter", MISSING)
    if voice_add_edit_counter.__class__ is not int:
        voice_add_edit_counter = _read_voice_add_edit_counter(cls, d)

    professional_voice_limit = d.get("professional_voice_limit", MISSING)
    if professional_voice_limit.__class__ is not int:
        professional_voice_limit = _read_professional_voice_limit(cls, d)

    can_extend_voice_limit = d.get("can_extend_voice_limit", MISSING)
    if can_extend_voice_limit.__class__ is not bool:
        can_extend_voice_limit = _read_can_extend_voice_limit(cls, d)

    can_use_instant_voice_cloning = d.get("can_use_instant_voice_cloning", MISSING)
    if can_use_instant_voice_cloning.__class__ is not bool:
        can_use_instant_voice_cloning = _read_can_use_instant_voice_cloning(cls, d)

    can_use_professional_voice_cloning = d.get("can_use_professional_voice_cloning", MISSING)
    if can_use_professional_voice_cloning.__class__ is not bool:
        can_use_professional_voice_cloning = _read_can_use_professional_voice_cloning(cls, d)

    if "current_overage" in known:
        current_overage = known["current_overage"]
    else:
        current_overage = _read_current_overage(cls, d)

    status = d.get("status", MISSING)
    if status.__class__ is not str:
        status = _read_status(cls, d)

    if "open_invoices" in known:
        open_invoices = known["open_invoices"]
    else:
        open_invoices = _read_open_invoices(cls, d)

    has_open_invoices = d.get("has_open_invoices", MISSING)
    if has_open_invoices.__class__ is not bool:
        has_open_invoices = _read_has_open_invoices(cls, d)

    next_character_count_reset_unix = d.get("next_character_count_reset_unix", UNSET)
    if (
        next_character_count_reset_unix.__class__ is not int
        and next_character_count_reset_unix is not None
        and next_character_count_reset_unix is not UNSET
    ):
        next_character_count_reset_unix = _read_next_character_count_reset_unix(cls, d)

    max_voice_add_edits = d.get("max_voice_add_edits", UNSET)
    if (
        max_voice_add_edits.__class__ is not int
        and max_voice_add_edits is not None
        and max_voice_add_edits is not UNSET
    ):
        max_voice_add_edits = _read_max_voice_add_edits(cls, d)

    currency = d.get("currency", UNSET)
    if currency is not None and currency.__class__ is not str and currency is not UNSET:
        currency = _read_currency(cls, d)

    billing_period = d.get("billing_period", UNSET)
    if billing_period is not None and billing_period.__class__ is not str and billing_period is not UNSET:
        billing_period = _read_billing_period(cls, d)

    character_refresh_period = d.get("character_refresh_period", UNSET)
    if (
        character_refresh_period is not None
        and character_refresh_period.__class__ is not str
        and character_refresh_period is not UNSET
    ):
        character_refresh_period = _read_character_refresh_period(cls, d)

    if "next_invoice" in known:
        next_invoice = known["next_invoice"]
    else:
        next_invoice = d.get("next_invoice", UNSET)
        if next_invoice is not UNSET and next_invoice is not None:
            next_invoice = _read_next_invoice(cls, d)

    if "pending_change" in known:
        pending_change = known["pending_change"]
    else:
        pending_change = d.get("pending_change", UNSET)
        if pending_change is not UNSET and pending_change is not None:
            pending_change = _read_pending_change(cls, d)

    has_used_starter_coupon_on_account = d.get("has_used_starter_coupon_on_account", UNSET)
    if has_used_starter_coupon_on_account.__class__ is not bool and has_used_starter_coupon_on_account is not UNSET:
        has_used_starter_coupon_on_account = _read_has_used_starter_coupon_on_account(cls, d)

    has_used_creator_coupon_on_account = d.get("has_used_creator_coupon_on_account", UNSET)
    if has_used_creator_coupon_on_account.__class__ is not bool and has_used_creator_coupon_on_account is not UNSET:
        has_used_creator_coupon_on_account = _read_has_used_creator_coupon_on_account(cls, d)

    return {
        "tier": tier,
        "character_count": character_count,
        "character_limit": character_limit,
        "max_character_limit_extension": max_character_limit_extension,
        "max_credit_limit_extension": max_credit_limit_extension,
        "can_extend_character_limit": can_extend_character_limit,
        "allowed_to_extend_character_limit": allowed_to_extend_character_limit,
        "voice_slots_used": voice_slots_used,
        "professional_voice_slots_used": professional_voice_slots_used,
        "professional_voice_slots_used_in_workspace": professional_voice_slots_used_in_workspace,
        "voice_limit": voice_limit,
        "voice_add_edit_counter": voice_add_edit_counter,
        "professional_voice_limit": professional_voice_limit,
        "can_extend_voice_limit": can_extend_voice_limit,
        "can_use_instant_voice_cloning": can_use_instant_voice_cloning,
        "can_use_professional_voice_cloning": can_use_professional_voice_cloning,
        "current_overage": current_overage,
        "status": status,
        "open_invoices": open_invoices,
        "has_open_invoices": has_open_invoices,
        "next_character_count_reset_unix": next_character_count_reset_unix,
        "max_voice_add_edits": max_voice_add_edits,
        "currency": currency,
        "billing_period": billing_period,
        "character_refresh_period": character_refresh_period,
        "next_invoice": next_invoice,
        "pending_change": pending_change,
        "has_used_starter_coupon_on_account": has_used_starter_coupon_on_account,
        "has_used_creator_coupon_on_account": has_used_creator_coupon_on_account,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    Subscription,
    _all_fields,
    {
        "tier": _read_tier,
        "character_count": _read_character_count,
        "character_limit": _read_character_limit,
        "max_character_limit_extension": _read_max_character_limit_extension,
        "max_credit_limit_extension": _read_max_credit_limit_extension,
        "can_extend_character_limit": _read_can_extend_character_limit,
        "allowed_to_extend_character_limit": _read_allowed_to_extend_character_limit,
        "voice_slots_used": _read_voice_slots_used,
        "professional_voice_slots_used": _read_professional_voice_slots_used,
        "professional_voice_slots_used_in_workspace": _read_professional_voice_slots_used_in_workspace,
        "voice_limit": _read_voice_limit,
        "voice_add_edit_counter": _read_voice_add_edit_counter,
        "professional_voice_limit": _read_professional_voice_limit,
        "can_extend_voice_limit": _read_can_extend_voice_limit,
        "can_use_instant_voice_cloning": _read_can_use_instant_voice_cloning,
        "can_use_professional_voice_cloning": _read_can_use_professional_voice_cloning,
        "current_overage": _read_current_overage,
        "status": _read_status,
        "open_invoices": _read_open_invoices,
        "has_open_invoices": _read_has_open_invoices,
        "next_character_count_reset_unix": _read_next_character_count_reset_unix,
        "max_voice_add_edits": _read_max_voice_add_edits,
        "currency": _read_currency,
        "billing_period": _read_billing_period,
        "character_refresh_period": _read_character_refresh_period,
        "next_invoice": _read_next_invoice,
        "pending_change": _read_pending_change,
        "has_used_starter_coupon_on_account": _read_has_used_starter_coupon_on_account,
        "has_used_creator_coupon_on_account": _read_has_used_creator_coupon_on_account,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.invoice_response import InvoiceResponse
from ..models.pending_cancellation_response_model import PendingCancellationResponseModel
from ..models.pending_subscription_switch_response_model import PendingSubscriptionSwitchResponseModel
from ..models.price import Price
from ..models.unknown_variant import UnknownVariant
