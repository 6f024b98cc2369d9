from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import SeatType
from ..types import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    literal,
    object_of,
    union,
)


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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.subscription_response import SubscriptionResponse
