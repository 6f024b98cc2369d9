from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    literal,
    object_of,
    union,
)
from ..models._literals import BillingPeriod, CharacterRefreshPeriod, Currency, SeatType, SubscriptionStatusType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class User(Lazy, AdditionalProperties[Any]):
    """Example:
        {'can_use_delayed_payment_methods': False, 'created_at': 1753999199, 'first_name': 'John', 'is_api_key_hashed':
        False, 'is_new_user': False, 'is_onboarding_checklist_completed': True, 'is_onboarding_completed': True,
        'seat_type': 'workspace_member', 'show_compliance_terms': False, 'subscription':
        {'allowed_to_extend_character_limit': False, 'billing_period': 'monthly_period', 'can_extend_character_limit':
        False, 'can_extend_voice_limit': False, 'can_use_instant_voice_cloning': True,
        'can_use_professional_voice_cloning': True, 'character_count': 17231, 'character_limit': 100000,
        'character_refresh_period': 'monthly_period', 'currency': 'usd', 'current_overage': {'amount': '0', 'currency':
        'usd'}, 'max_character_limit_extension': 10000, 'max_credit_limit_extension': 10000, 'max_voice_add_edits': 230,
        'next_character_count_reset_unix': 1738356858, 'professional_voice_limit': 1, 'professional_voice_slots_used':
        0, 'professional_voice_slots_used_in_workspace': 0, 'status': 'free', 'tier': 'trial', 'voice_add_edit_counter':
        212, 'voice_limit': 120, 'voice_slots_used': 1}, 'user_id': '1234567890'}

    Attributes:
        user_id: The unique identifier of the user.
        subscription:  Example: {'allowed_to_extend_character_limit': False, 'billing_period': 'monthly_period',
            'can_extend_character_limit': False, 'can_extend_voice_limit': False, 'can_use_instant_voice_cloning': True,
            'can_use_professional_voice_cloning': True, 'character_count': 17231, 'character_limit': 100000,
            'character_refresh_period': 'monthly_period', 'currency': 'usd', 'current_overage': {'amount': '0', 'currency':
            'usd'}, 'max_character_limit_extension': 10000, 'max_credit_limit_extension': 10000, 'max_voice_add_edits': 230,
            'next_character_count_reset_unix': 1738356858, 'professional_voice_limit': 1, 'professional_voice_slots_used':
            0, 'professional_voice_slots_used_in_workspace': 0, 'status': 'free', 'tier': 'trial', 'voice_add_edit_counter':
            212, 'voice_limit': 120, 'voice_slots_used': 1}.
        is_new_user: Whether the user is new. This field is deprecated and will be removed in the future. Use
            'created_at' instead.
        can_use_delayed_payment_methods: This field is deprecated and will be removed in a future major version. Instead
            use subscription.trust_on_invoice_creation.
        is_onboarding_completed: Whether the user's onboarding is completed.
        is_onboarding_checklist_completed: Whether the user's onboarding checklist is completed.
        created_at: The unix timestamp of the user's creation. 0 if the user was created before the unix timestamp was
            added.
        seat_type: The seat type of the user.
        show_compliance_terms: Whether to show compliance terms (ToS, Privacy Policy, biometric consent) during
            onboarding. Set for users signing up from the marketing site. Defaults to False on the server.
        first_name: First name of the user.
        is_api_key_hashed: Whether the user's API key is hashed. Defaults to False on the server.
        xi_api_key_preview: The preview of the user's API key.
        referral_link_code: The referral link code of the user.
        partnerstack_partner_default_link: The Partnerstack partner default link of the user.
    """

    user_id: str

    subscription: SubscriptionResponse

    is_new_user: bool

    can_use_delayed_payment_methods: bool

    is_onboarding_completed: bool

    is_onboarding_checklist_completed: bool

    created_at: int

    seat_type: SeatType | str

    show_compliance_terms: bool | Unset = UNSET

    first_name: None | str | Unset = UNSET

    is_api_key_hashed: bool | Unset = UNSET

    xi_api_key_preview: None | str | Unset = UNSET

    referral_link_code: None | str | Unset = UNSET

    partnerstack_partner_default_link: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("user_id", "user_id", STR, required=True),
        Field("subscription", "subscription", object_of("SubscriptionResponse"), required=True),
        Field("is_new_user", "is_new_user", BOOL, required=True),
        Field("can_use_delayed_payment_methods", "can_use_delayed_payment_methods", BOOL, required=True),
        Field("is_onboarding_completed", "is_onboarding_completed", BOOL, required=True),
        Field("is_onboarding_checklist_completed", "is_onboarding_checklist_completed", BOOL, required=True),
        Field("created_at", "created_at", INT, required=True),
        Field("seat_type", "seat_type", union(literal("SeatType"), STR), required=True),
        Field("show_compliance_terms", "show_compliance_terms", BOOL),
        Field("first_name", "first_name", union(STR, NULL)),
        Field("is_api_key_hashed", "is_api_key_hashed", BOOL),
        Field("xi_api_key_preview", "xi_api_key_preview", union(STR, NULL)),
        Field("referral_link_code", "referral_link_code", union(STR, NULL)),
        Field("partnerstack_partner_default_link", "partnerstack_partner_default_link", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SubscriptionResponse(Lazy, AdditionalProperties[Any]):
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
        next_character_count_reset_unix: The Unix timestamp of the next character count reset.
        max_voice_add_edits: The maximum number of voice add/edits allowed for the user.
        currency: The currency of the user's subscription.
        billing_period: The billing period of the user's subscription.
        character_refresh_period: The character refresh period of the user's subscription.
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
        Field("next_character_count_reset_unix", "next_character_count_reset_unix", union(INT, NULL)),
        Field("max_voice_add_edits", "max_voice_add_edits", union(INT, NULL)),
        Field("currency", "currency", union(literal("Currency"), NULL, STR)),
        Field("billing_period", "billing_period", union(literal("BillingPeriod"), NULL, STR)),
        Field(
            "character_refresh_period", "character_refresh_period", union(literal("CharacterRefreshPeriod"), NULL, STR)
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.price import Price
