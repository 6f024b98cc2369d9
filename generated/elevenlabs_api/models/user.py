from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import SeatType
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

T = TypeVar("T", bound="User")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class User(Lazy):
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
        user_id (str): The unique identifier of the user.
        subscription (SubscriptionResponse):  Example: {'allowed_to_extend_character_limit': False, 'billing_period':
            'monthly_period', 'can_extend_character_limit': False, 'can_extend_voice_limit': False,
            'can_use_instant_voice_cloning': True, 'can_use_professional_voice_cloning': True, 'character_count': 17231,
            'character_limit': 100000, 'character_refresh_period': 'monthly_period', 'currency': 'usd', 'current_overage':
            {'amount': '0', 'currency': 'usd'}, 'max_character_limit_extension': 10000, 'max_credit_limit_extension': 10000,
            'max_voice_add_edits': 230, 'next_character_count_reset_unix': 1738356858, 'professional_voice_limit': 1,
            'professional_voice_slots_used': 0, 'professional_voice_slots_used_in_workspace': 0, 'status': 'free', 'tier':
            'trial', 'voice_add_edit_counter': 212, 'voice_limit': 120, 'voice_slots_used': 1}.
        is_new_user (bool): Whether the user is new. This field is deprecated and will be removed in the future. Use
            'created_at' instead.
        can_use_delayed_payment_methods (bool): This field is deprecated and will be removed in a future major version.
            Instead use subscription.trust_on_invoice_creation.
        is_onboarding_completed (bool): Whether the user's onboarding is completed.
        is_onboarding_checklist_completed (bool): Whether the user's onboarding checklist is completed.
        created_at (int): The unix timestamp of the user's creation. 0 if the user was created before the unix timestamp
            was added.
        seat_type (SeatType | str): The seat type of the user.
        show_compliance_terms (bool | Unset): Whether to show compliance terms (ToS, Privacy Policy, biometric consent)
            during onboarding. Set for users signing up from the marketing site. Defaults to False on the server.
        first_name (None | str | Unset): First name of the user.
        is_api_key_hashed (bool | Unset): Whether the user's API key is hashed. Defaults to False on the server.
        xi_api_key_preview (None | str | Unset): The preview of the user's API key.
        referral_link_code (None | str | Unset): The referral link code of the user.
        partnerstack_partner_default_link (None | str | Unset): The Partnerstack partner default link of the user.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "user_id",
        "subscription",
        "is_new_user",
        "can_use_delayed_payment_methods",
        "is_onboarding_completed",
        "is_onboarding_checklist_completed",
        "created_at",
        "seat_type",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        user_id = self.user_id

        subscription: Any
        try:
            subscription = self.subscription.to_dict()
        except (AttributeError, TypeError):
            subscription = self.subscription

        is_new_user = self.is_new_user

        can_use_delayed_payment_methods = self.can_use_delayed_payment_methods

        is_onboarding_completed = self.is_onboarding_completed

        is_onboarding_checklist_completed = self.is_onboarding_checklist_completed

        created_at = self.created_at

        seat_type: Any
        try:
            if isinstance(self.seat_type, str):
                seat_type = self.seat_type
            else:
                seat_type = self.seat_type

        except (AttributeError, TypeError):
            seat_type = self.seat_type

        show_compliance_terms = self.show_compliance_terms

        first_name: Any
        try:
            first_name = self.first_name

        except (AttributeError, TypeError):
            first_name = self.first_name

        is_api_key_hashed = self.is_api_key_hashed

        xi_api_key_preview: Any
        try:
            xi_api_key_preview = self.xi_api_key_preview

        except (AttributeError, TypeError):
            xi_api_key_preview = self.xi_api_key_preview

        referral_link_code: Any
        try:
            referral_link_code = self.referral_link_code

        except (AttributeError, TypeError):
            referral_link_code = self.referral_link_code

        partnerstack_partner_default_link: Any
        try:
            partnerstack_partner_default_link = self.partnerstack_partner_default_link

        except (AttributeError, TypeError):
            partnerstack_partner_default_link = self.partnerstack_partner_default_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if user_id is not None or "user_id" not in self._missing_fields:
            field_dict["user_id"] = user_id
        if subscription is not None or "subscription" not in self._missing_fields:
            field_dict["subscription"] = subscription
        if is_new_user is not None or "is_new_user" not in self._missing_fields:
            field_dict["is_new_user"] = is_new_user
        if can_use_delayed_payment_methods is not None or "can_use_delayed_payment_methods" not in self._missing_fields:
            field_dict["can_use_delayed_payment_methods"] = can_use_delayed_payment_methods
        if is_onboarding_completed is not None or "is_onboarding_completed" not in self._missing_fields:
            field_dict["is_onboarding_completed"] = is_onboarding_completed
        if (
            is_onboarding_checklist_completed is not None
            or "is_onboarding_checklist_completed" not in self._missing_fields
        ):
            field_dict["is_onboarding_checklist_completed"] = is_onboarding_checklist_completed
        if created_at is not None or "created_at" not in self._missing_fields:
            field_dict["created_at"] = created_at
        if seat_type is not None or "seat_type" not in self._missing_fields:
            field_dict["seat_type"] = seat_type
        if show_compliance_terms is not UNSET:
            field_dict["show_compliance_terms"] = show_compliance_terms
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if is_api_key_hashed is not UNSET:
            field_dict["is_api_key_hashed"] = is_api_key_hashed
        if xi_api_key_preview is not UNSET:
            field_dict["xi_api_key_preview"] = xi_api_key_preview
        if referral_link_code is not UNSET:
            field_dict["referral_link_code"] = referral_link_code
        if partnerstack_partner_default_link is not UNSET:
            field_dict["partnerstack_partner_default_link"] = partnerstack_partner_default_link
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        user = cls.__new__(cls)
        user.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return user

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


_read_user_id = plain_reader("user_id", (str,), "a string", True)


def _read_subscription(cls: type[User], d: Mapping[str, Any]) -> Any:
    subscription_raw = d.get("subscription", MISSING)
    if subscription_raw is MISSING:
        subscription = missing_field(cls, "subscription")
    else:
        try:
            subscription = SubscriptionResponse.from_dict(subscription_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            subscription = deviating_field(cls, "subscription", subscription_raw)

    return subscription


_read_is_new_user = plain_reader("is_new_user", (bool,), "a boolean", True)

_read_can_use_delayed_payment_methods = plain_reader("can_use_delayed_payment_methods", (bool,), "a boolean", True)

_read_is_onboarding_completed = plain_reader("is_onboarding_completed", (bool,), "a boolean", True)

_read_is_onboarding_checklist_completed = plain_reader("is_onboarding_checklist_completed", (bool,), "a boolean", True)

_read_created_at = plain_reader("created_at", (int,), "an integer", True)

_read_seat_type = plain_reader("seat_type", (str,), "a string", True)

_read_show_compliance_terms = plain_reader("show_compliance_terms", (bool,), "a boolean", False)

_read_first_name = plain_reader(
    "first_name",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_is_api_key_hashed = plain_reader("is_api_key_hashed", (bool,), "a boolean", False)

_read_xi_api_key_preview = plain_reader(
    "xi_api_key_preview",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_referral_link_code = plain_reader(
    "referral_link_code",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_partnerstack_partner_default_link = plain_reader(
    "partnerstack_partner_default_link",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "user_id",
        "subscription",
        "is_new_user",
        "can_use_delayed_payment_methods",
        "is_onboarding_completed",
        "is_onboarding_checklist_completed",
        "created_at",
        "seat_type",
        "show_compliance_terms",
        "first_name",
        "is_api_key_hashed",
        "xi_api_key_preview",
        "referral_link_code",
        "partnerstack_partner_default_link",
    )
)


def _read_additional_properties(cls: type[User], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[User], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    user_id = d.get("user_id", MISSING)
    if user_id.__class__ is not str:
        user_id = _read_user_id(cls, d)

    if "subscription" in known:
        subscription = known["subscription"]
    else:
        subscription = _read_subscription(cls, d)

    is_new_user = d.get("is_new_user", MISSING)
    if is_new_user.__class__ is not bool:
        is_new_user = _read_is_new_user(cls, d)

    can_use_delayed_payment_methods = d.get("can_use_delayed_payment_methods", MISSING)
    if can_use_delayed_payment_methods.__class__ is not bool:
        can_use_delayed_payment_methods = _read_can_use_delayed_payment_methods(cls, d)

    is_onboarding_completed = d.get("is_onboarding_completed", MISSING)
    if is_onboarding_completed.__class__ is not bool:
        is_onboarding_completed = _read_is_onboarding_completed(cls, d)

    is_onboarding_checklist_completed = d.get("is_onboarding_checklist_completed", MISSING)
    if is_onboarding_checklist_completed.__class__ is not bool:
        is_onboarding_checklist_completed = _read_is_onboarding_checklist_completed(cls, d)

    created_at = d.get("created_at", MISSING)
    if created_at.__class__ is not int:
        created_at = _read_created_at(cls, d)

    seat_type = d.get("seat_type", MISSING)
    if seat_type.__class__ is not str:
        seat_type = _read_seat_type(cls, d)

    show_compliance_terms = d.get("show_compliance_terms", UNSET)
    if show_compliance_terms.__class__ is not bool and show_compliance_terms is not UNSET:
        show_compliance_terms = _read_show_compliance_terms(cls, d)

    first_name = d.get("first_name", UNSET)
    if first_name.__class__ is not str and first_name is not None and first_name is not UNSET:
        first_name = _read_first_name(cls, d)

    is_api_key_hashed = d.get("is_api_key_hashed", UNSET)
    if is_api_key_hashed.__class__ is not bool and is_api_key_hashed is not UNSET:
        is_api_key_hashed = _read_is_api_key_hashed(cls, d)

    xi_api_key_preview = d.get("xi_api_key_preview", UNSET)
    if xi_api_key_preview.__class__ is not str and xi_api_key_preview is not None and xi_api_key_preview is not UNSET:
        xi_api_key_preview = _read_xi_api_key_preview(cls, d)

    referral_link_code = d.get("referral_link_code", UNSET)
    if referral_link_code.__class__ is not str and referral_link_code is not None and referral_link_code is not UNSET:
        referral_link_code = _read_referral_link_code(cls, d)

    partnerstack_partner_default_link = d.get("partnerstack_partner_default_link", UNSET)
    if (
        partnerstack_partner_default_link.__class__ is not str
        and partnerstack_partner_default_link is not None
        and partnerstack_partner_default_link is not UNSET
    ):
        partnerstack_partner_default_link = _read_partnerstack_partner_default_link(cls, d)

    return {
        "user_id": user_id,
        "subscription": subscription,
        "is_new_user": is_new_user,
        "can_use_delayed_payment_methods": can_use_delayed_payment_methods,
        "is_onboarding_completed": is_onboarding_completed,
        "is_onboarding_checklist_completed": is_onboarding_checklist_completed,
        "created_at": created_at,
        "seat_type": seat_type,
        "show_compliance_terms": show_compliance_terms,
        "first_name": first_name,
        "is_api_key_hashed": is_api_key_hashed,
        "xi_api_key_preview": xi_api_key_preview,
        "referral_link_code": referral_link_code,
        "partnerstack_partner_default_link": partnerstack_partner_default_link,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    User,
    _all_fields,
    {
        "user_id": _read_user_id,
        "subscription": _read_subscription,
        "is_new_user": _read_is_new_user,
        "can_use_delayed_payment_methods": _read_can_use_delayed_payment_methods,
        "is_onboarding_completed": _read_is_onboarding_completed,
        "is_onboarding_checklist_completed": _read_is_onboarding_checklist_completed,
        "created_at": _read_created_at,
        "seat_type": _read_seat_type,
        "show_compliance_terms": _read_show_compliance_terms,
        "first_name": _read_first_name,
        "is_api_key_hashed": _read_is_api_key_hashed,
        "xi_api_key_preview": _read_xi_api_key_preview,
        "referral_link_code": _read_referral_link_code,
        "partnerstack_partner_default_link": _read_partnerstack_partner_default_link,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.subscription_response import SubscriptionResponse
