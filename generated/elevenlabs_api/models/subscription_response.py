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
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SubscriptionResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SubscriptionResponse(Lazy):
    """Example:
        {'allowed_to_extend_character_limit': False, 'billing_period': 'monthly_period', 'can_extend_character_limit':
        False, 'can_extend_voice_limit': False, 'can_use_instant_voice_cloning': True,
        'can_use_professional_voice_cloning': True, 'character_count': 17231, 'character_limit': 100000,
        'character_refresh_period': 'monthly_period', 'currency': 'usd', 'current_overage': {'amount': '0', 'currency':
        'usd'}, 'max_character_limit_extension': 10000, 'max_credit_limit_extension': 10000, 'max_voice_add_edits': 230,
        'next_character_count_reset_unix': 1738356858, 'professional_voice_limit': 1, 'professional_voice_slots_used':
        0, 'professional_voice_slots_used_in_workspace': 0, 'status': 'free', 'tier': 'trial', 'voice_add_edit_counter':
        212, 'voice_limit': 120, 'voice_slots_used': 1}

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
        next_character_count_reset_unix (int | None | Unset): The Unix timestamp of the next character count reset.
        max_voice_add_edits (int | None | Unset): The maximum number of voice add/edits allowed for the user.
        currency (Currency | None | str | Unset): The currency of the user's subscription.
        billing_period (BillingPeriod | None | str | Unset): The billing period of the user's subscription.
        character_refresh_period (CharacterRefreshPeriod | None | str | Unset): The character refresh period of the
            user's subscription.
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

    next_character_count_reset_unix: int | None | Unset = UNSET

    max_voice_add_edits: int | None | Unset = UNSET

    currency: Currency | None | str | Unset = UNSET

    billing_period: BillingPeriod | None | str | Unset = UNSET

    character_refresh_period: CharacterRefreshPeriod | None | str | Unset = UNSET

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
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        subscription_response = cls.__new__(cls)
        subscription_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return subscription_response

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


def _read_max_credit_limit_extension(cls: type[SubscriptionResponse], d: Mapping[str, Any]) -> Any:
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


def _read_current_overage(cls: type[SubscriptionResponse], d: Mapping[str, Any]) -> Any:
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
        "next_character_count_reset_unix",
        "max_voice_add_edits",
        "currency",
        "billing_period",
        "character_refresh_period",
    )
)


def _read_additional_properties(cls: type[SubscriptionResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SubscriptionResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
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
        "next_character_count_reset_unix": next_character_count_reset_unix,
        "max_voice_add_edits": max_voice_add_edits,
        "currency": currency,
        "billing_period": billing_period,
        "character_refresh_period": character_refresh_period,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SubscriptionResponse,
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
        "next_character_count_reset_unix": _read_next_character_count_reset_unix,
        "max_voice_add_edits": _read_max_voice_add_edits,
        "currency": _read_currency,
        "billing_period": _read_billing_period,
        "character_refresh_period": _read_character_refresh_period,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.price import Price
