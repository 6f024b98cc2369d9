from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_period import BillingPeriod
from ..models.character_refresh_period import CharacterRefreshPeriod
from ..models.currency import Currency
from ..models.subscription_status_type import SubscriptionStatusType
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="SubscriptionResponseModel")


@_attrs_define
class SubscriptionResponseModel:
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

    max_character_limit_extension: int | None

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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        tier = d.pop("tier", MISSING)
        if tier.__class__ is not str:
            if tier is MISSING:
                tier = missing_field(cls, "tier")
                _missing += ("tier",)
            else:
                tier = unexpected_type(cls, "tier", tier, "a string")

        character_count = d.pop("character_count", MISSING)
        if character_count.__class__ is not int:
            if character_count is MISSING:
                character_count = missing_field(cls, "character_count")
                _missing += ("character_count",)
            else:
                character_count = unexpected_type(cls, "character_count", character_count, "an integer")

        character_limit = d.pop("character_limit", MISSING)
        if character_limit.__class__ is not int:
            if character_limit is MISSING:
                character_limit = missing_field(cls, "character_limit")
                _missing += ("character_limit",)
            else:
                character_limit = unexpected_type(cls, "character_limit", character_limit, "an integer")

        max_character_limit_extension = d.pop("max_character_limit_extension", MISSING)
        if max_character_limit_extension.__class__ is not int and max_character_limit_extension is not None:
            if max_character_limit_extension is MISSING:
                max_character_limit_extension = missing_field(cls, "max_character_limit_extension")
                _missing += ("max_character_limit_extension",)
            else:
                max_character_limit_extension = unexpected_type(
                    cls, "max_character_limit_extension", max_character_limit_extension, "an integer or null"
                )

        max_credit_limit_extension_raw = d.pop("max_credit_limit_extension", MISSING)
        if max_credit_limit_extension_raw is MISSING:
            max_credit_limit_extension = missing_field(cls, "max_credit_limit_extension")
            _missing += ("max_credit_limit_extension",)
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

        can_extend_character_limit = d.pop("can_extend_character_limit", MISSING)
        if can_extend_character_limit.__class__ is not bool:
            if can_extend_character_limit is MISSING:
                can_extend_character_limit = missing_field(cls, "can_extend_character_limit")
                _missing += ("can_extend_character_limit",)
            else:
                can_extend_character_limit = unexpected_type(
                    cls, "can_extend_character_limit", can_extend_character_limit, "a boolean"
                )

        allowed_to_extend_character_limit = d.pop("allowed_to_extend_character_limit", MISSING)
        if allowed_to_extend_character_limit.__class__ is not bool:
            if allowed_to_extend_character_limit is MISSING:
                allowed_to_extend_character_limit = missing_field(cls, "allowed_to_extend_character_limit")
                _missing += ("allowed_to_extend_character_limit",)
            else:
                allowed_to_extend_character_limit = unexpected_type(
                    cls, "allowed_to_extend_character_limit", allowed_to_extend_character_limit, "a boolean"
                )

        voice_slots_used = d.pop("voice_slots_used", MISSING)
        if voice_slots_used.__class__ is not int:
            if voice_slots_used is MISSING:
                voice_slots_used = missing_field(cls, "voice_slots_used")
                _missing += ("voice_slots_used",)
            else:
                voice_slots_used = unexpected_type(cls, "voice_slots_used", voice_slots_used, "an integer")

        professional_voice_slots_used = d.pop("professional_voice_slots_used", MISSING)
        if professional_voice_slots_used.__class__ is not int:
            if professional_voice_slots_used is MISSING:
                professional_voice_slots_used = missing_field(cls, "professional_voice_slots_used")
                _missing += ("professional_voice_slots_used",)
            else:
                professional_voice_slots_used = unexpected_type(
                    cls, "professional_voice_slots_used", professional_voice_slots_used, "an integer"
                )

        professional_voice_slots_used_in_workspace = d.pop("professional_voice_slots_used_in_workspace", MISSING)
        if professional_voice_slots_used_in_workspace.__class__ is not int:
            if professional_voice_slots_used_in_workspace is MISSING:
                professional_voice_slots_used_in_workspace = missing_field(
                    cls, "professional_voice_slots_used_in_workspace"
                )
                _missing += ("professional_voice_slots_used_in_workspace",)
            else:
                professional_voice_slots_used_in_workspace = unexpected_type(
                    cls,
                    "professional_voice_slots_used_in_workspace",
                    professional_voice_slots_used_in_workspace,
                    "an integer",
                )

        voice_limit = d.pop("voice_limit", MISSING)
        if voice_limit.__class__ is not int:
            if voice_limit is MISSING:
                voice_limit = missing_field(cls, "voice_limit")
                _missing += ("voice_limit",)
            else:
                voice_limit = unexpected_type(cls, "voice_limit", voice_limit, "an integer")

        voice_add_edit_counter = d.pop("voice_add_edit_counter", MISSING)
        if voice_add_edit_counter.__class__ is not int:
            if voice_add_edit_counter is MISSING:
                voice_add_edit_counter = missing_field(cls, "voice_add_edit_counter")
                _missing += ("voice_add_edit_counter",)
            else:
                voice_add_edit_counter = unexpected_type(
                    cls, "voice_add_edit_counter", voice_add_edit_counter, "an integer"
                )

        professional_voice_limit = d.pop("professional_voice_limit", MISSING)
        if professional_voice_limit.__class__ is not int:
            if professional_voice_limit is MISSING:
                professional_voice_limit = missing_field(cls, "professional_voice_limit")
                _missing += ("professional_voice_limit",)
            else:
                professional_voice_limit = unexpected_type(
                    cls, "professional_voice_limit", professional_voice_limit, "an integer"
                )

        can_extend_voice_limit = d.pop("can_extend_voice_limit", MISSING)
        if can_extend_voice_limit.__class__ is not bool:
            if can_extend_voice_limit is MISSING:
                can_extend_voice_limit = missing_field(cls, "can_extend_voice_limit")
                _missing += ("can_extend_voice_limit",)
            else:
                can_extend_voice_limit = unexpected_type(
                    cls, "can_extend_voice_limit", can_extend_voice_limit, "a boolean"
                )

        can_use_instant_voice_cloning = d.pop("can_use_instant_voice_cloning", MISSING)
        if can_use_instant_voice_cloning.__class__ is not bool:
            if can_use_instant_voice_cloning is MISSING:
                can_use_instant_voice_cloning = missing_field(cls, "can_use_instant_voice_cloning")
                _missing += ("can_use_instant_voice_cloning",)
            else:
                can_use_instant_voice_cloning = unexpected_type(
                    cls, "can_use_instant_voice_cloning", can_use_instant_voice_cloning, "a boolean"
                )

        can_use_professional_voice_cloning = d.pop("can_use_professional_voice_cloning", MISSING)
        if can_use_professional_voice_cloning.__class__ is not bool:
            if can_use_professional_voice_cloning is MISSING:
                can_use_professional_voice_cloning = missing_field(cls, "can_use_professional_voice_cloning")
                _missing += ("can_use_professional_voice_cloning",)
            else:
                can_use_professional_voice_cloning = unexpected_type(
                    cls, "can_use_professional_voice_cloning", can_use_professional_voice_cloning, "a boolean"
                )

        current_overage_raw = d.pop("current_overage", MISSING)
        if current_overage_raw is MISSING:
            current_overage = missing_field(cls, "current_overage")
            _missing += ("current_overage",)
        else:
            try:
                current_overage = Price.from_dict(current_overage_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                current_overage = deviating_field(cls, "current_overage", current_overage_raw)

        status = d.pop("status", MISSING)
        if status.__class__ is not str:
            if status is MISSING:
                status = missing_field(cls, "status")
                _missing += ("status",)
            else:
                status = unexpected_type(cls, "status", status, "a string")

        next_character_count_reset_unix = d.pop("next_character_count_reset_unix", UNSET)
        if (
            next_character_count_reset_unix.__class__ is not int
            and next_character_count_reset_unix is not None
            and next_character_count_reset_unix is not UNSET
        ):
            next_character_count_reset_unix = unexpected_type(
                cls, "next_character_count_reset_unix", next_character_count_reset_unix, "an integer or null"
            )

        max_voice_add_edits = d.pop("max_voice_add_edits", UNSET)
        if (
            max_voice_add_edits.__class__ is not int
            and max_voice_add_edits is not None
            and max_voice_add_edits is not UNSET
        ):
            max_voice_add_edits = unexpected_type(cls, "max_voice_add_edits", max_voice_add_edits, "an integer or null")

        currency = d.pop("currency", UNSET)
        if currency is not None and currency.__class__ is not str and currency is not UNSET:
            currency = unexpected_type(cls, "currency", currency, "null or a string")

        billing_period = d.pop("billing_period", UNSET)
        if billing_period is not None and billing_period.__class__ is not str and billing_period is not UNSET:
            billing_period = unexpected_type(cls, "billing_period", billing_period, "null or a string")

        character_refresh_period = d.pop("character_refresh_period", UNSET)
        if (
            character_refresh_period is not None
            and character_refresh_period.__class__ is not str
            and character_refresh_period is not UNSET
        ):
            character_refresh_period = unexpected_type(
                cls, "character_refresh_period", character_refresh_period, "null or a string"
            )

        subscription_response_model = cls(
            tier=tier,
            character_count=character_count,
            character_limit=character_limit,
            max_character_limit_extension=max_character_limit_extension,
            max_credit_limit_extension=max_credit_limit_extension,
            can_extend_character_limit=can_extend_character_limit,
            allowed_to_extend_character_limit=allowed_to_extend_character_limit,
            voice_slots_used=voice_slots_used,
            professional_voice_slots_used=professional_voice_slots_used,
            professional_voice_slots_used_in_workspace=professional_voice_slots_used_in_workspace,
            voice_limit=voice_limit,
            voice_add_edit_counter=voice_add_edit_counter,
            professional_voice_limit=professional_voice_limit,
            can_extend_voice_limit=can_extend_voice_limit,
            can_use_instant_voice_cloning=can_use_instant_voice_cloning,
            can_use_professional_voice_cloning=can_use_professional_voice_cloning,
            current_overage=current_overage,
            status=status,
            next_character_count_reset_unix=next_character_count_reset_unix,
            max_voice_add_edits=max_voice_add_edits,
            currency=currency,
            billing_period=billing_period,
            character_refresh_period=character_refresh_period,
        )
        if _missing:
            subscription_response_model._missing_fields = _missing
        subscription_response_model.additional_properties = d
        return subscription_response_model

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.price import Price
