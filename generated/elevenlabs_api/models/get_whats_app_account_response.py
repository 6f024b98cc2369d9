from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetWhatsAppAccountResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetWhatsAppAccountResponse(Lazy):
    """Attributes:
    business_account_id (str):
    phone_number_id (str):
    business_account_name (str):
    phone_number_name (str):
    phone_number (str):
    assigned_agent_name (None | str):
    assigned_agent_id (None | str | Unset):
    enable_messaging (bool | Unset): Defaults to True on the server.
    enable_audio_message_response (bool | Unset): Defaults to True on the server.
    enable_typing_indicator (bool | Unset): Defaults to True on the server.
    is_token_expired (bool | Unset): Defaults to False on the server.
    """

    business_account_id: str

    phone_number_id: str

    business_account_name: str

    phone_number_name: str

    phone_number: str

    assigned_agent_name: None | str = None

    assigned_agent_id: None | str | Unset = UNSET

    enable_messaging: bool | Unset = UNSET

    enable_audio_message_response: bool | Unset = UNSET

    enable_typing_indicator: bool | Unset = UNSET

    is_token_expired: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "business_account_id",
        "phone_number_id",
        "business_account_name",
        "phone_number_name",
        "phone_number",
        "assigned_agent_name",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        business_account_id = self.business_account_id

        phone_number_id = self.phone_number_id

        business_account_name = self.business_account_name

        phone_number_name = self.phone_number_name

        phone_number = self.phone_number

        assigned_agent_name: Any
        try:
            assigned_agent_name = self.assigned_agent_name

        except (AttributeError, TypeError):
            assigned_agent_name = self.assigned_agent_name

        assigned_agent_id: Any
        try:
            assigned_agent_id = self.assigned_agent_id

        except (AttributeError, TypeError):
            assigned_agent_id = self.assigned_agent_id

        enable_messaging = self.enable_messaging

        enable_audio_message_response = self.enable_audio_message_response

        enable_typing_indicator = self.enable_typing_indicator

        is_token_expired = self.is_token_expired

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if business_account_id is not None or "business_account_id" not in self._missing_fields:
            field_dict["business_account_id"] = business_account_id
        if phone_number_id is not None or "phone_number_id" not in self._missing_fields:
            field_dict["phone_number_id"] = phone_number_id
        if business_account_name is not None or "business_account_name" not in self._missing_fields:
            field_dict["business_account_name"] = business_account_name
        if phone_number_name is not None or "phone_number_name" not in self._missing_fields:
            field_dict["phone_number_name"] = phone_number_name
        if phone_number is not None or "phone_number" not in self._missing_fields:
            field_dict["phone_number"] = phone_number
        if assigned_agent_name is not None or "assigned_agent_name" not in self._missing_fields:
            field_dict["assigned_agent_name"] = assigned_agent_name
        if assigned_agent_id is not UNSET:
            field_dict["assigned_agent_id"] = assigned_agent_id
        if enable_messaging is not UNSET:
            field_dict["enable_messaging"] = enable_messaging
        if enable_audio_message_response is not UNSET:
            field_dict["enable_audio_message_response"] = enable_audio_message_response
        if enable_typing_indicator is not UNSET:
            field_dict["enable_typing_indicator"] = enable_typing_indicator
        if is_token_expired is not UNSET:
            field_dict["is_token_expired"] = is_token_expired
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_whats_app_account_response = cls.__new__(cls)
        get_whats_app_account_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return get_whats_app_account_response

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


_read_business_account_id = plain_reader("business_account_id", (str,), "a string", True)

_read_phone_number_id = plain_reader("phone_number_id", (str,), "a string", True)

_read_business_account_name = plain_reader("business_account_name", (str,), "a string", True)

_read_phone_number_name = plain_reader("phone_number_name", (str,), "a string", True)

_read_phone_number = plain_reader("phone_number", (str,), "a string", True)

_read_assigned_agent_name = plain_reader(
    "assigned_agent_name",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_assigned_agent_id = plain_reader(
    "assigned_agent_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_enable_messaging = plain_reader("enable_messaging", (bool,), "a boolean", False)

_read_enable_audio_message_response = plain_reader("enable_audio_message_response", (bool,), "a boolean", False)

_read_enable_typing_indicator = plain_reader("enable_typing_indicator", (bool,), "a boolean", False)

_read_is_token_expired = plain_reader("is_token_expired", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "business_account_id",
        "phone_number_id",
        "business_account_name",
        "phone_number_name",
        "phone_number",
        "assigned_agent_name",
        "assigned_agent_id",
        "enable_messaging",
        "enable_audio_message_response",
        "enable_typing_indicator",
        "is_token_expired",
    )
)


def _read_additional_properties(cls: type[GetWhatsAppAccountResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[GetWhatsAppAccountResponse], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    business_account_id = d.get("business_account_id", MISSING)
    if business_account_id.__class__ is not str:
        business_account_id = _read_business_account_id(cls, d)

    phone_number_id = d.get("phone_number_id", MISSING)
    if phone_number_id.__class__ is not str:
        phone_number_id = _read_phone_number_id(cls, d)

    business_account_name = d.get("business_account_name", MISSING)
    if business_account_name.__class__ is not str:
        business_account_name = _read_business_account_name(cls, d)

    phone_number_name = d.get("phone_number_name", MISSING)
    if phone_number_name.__class__ is not str:
        phone_number_name = _read_phone_number_name(cls, d)

    phone_number = d.get("phone_number", MISSING)
    if phone_number.__class__ is not str:
        phone_number = _read_phone_number(cls, d)

    assigned_agent_name = d.get("assigned_agent_name", MISSING)
    if assigned_agent_name.__class__ is not str and assigned_agent_name is not None:
        assigned_agent_name = _read_assigned_agent_name(cls, d)

    assigned_agent_id = d.get("assigned_agent_id", UNSET)
    if assigned_agent_id.__class__ is not str and assigned_agent_id is not None and assigned_agent_id is not UNSET:
        assigned_agent_id = _read_assigned_agent_id(cls, d)

    enable_messaging = d.get("enable_messaging", UNSET)
    if enable_messaging.__class__ is not bool and enable_messaging is not UNSET:
        enable_messaging = _read_enable_messaging(cls, d)

    enable_audio_message_response = d.get("enable_audio_message_response", UNSET)
    if enable_audio_message_response.__class__ is not bool and enable_audio_message_response is not UNSET:
        enable_audio_message_response = _read_enable_audio_message_response(cls, d)

    enable_typing_indicator = d.get("enable_typing_indicator", UNSET)
    if enable_typing_indicator.__class__ is not bool and enable_typing_indicator is not UNSET:
        enable_typing_indicator = _read_enable_typing_indicator(cls, d)

    is_token_expired = d.get("is_token_expired", UNSET)
    if is_token_expired.__class__ is not bool and is_token_expired is not UNSET:
        is_token_expired = _read_is_token_expired(cls, d)

    return {
        "business_account_id": business_account_id,
        "phone_number_id": phone_number_id,
        "business_account_name": business_account_name,
        "phone_number_name": phone_number_name,
        "phone_number": phone_number,
        "assigned_agent_name": assigned_agent_name,
        "assigned_agent_id": assigned_agent_id,
        "enable_messaging": enable_messaging,
        "enable_audio_message_response": enable_audio_message_response,
        "enable_typing_indicator": enable_typing_indicator,
        "is_token_expired": is_token_expired,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetWhatsAppAccountResponse,
    _all_fields,
    {
        "business_account_id": _read_business_account_id,
        "phone_number_id": _read_phone_number_id,
        "business_account_name": _read_business_account_name,
        "phone_number_name": _read_phone_number_name,
        "phone_number": _read_phone_number,
        "assigned_agent_name": _read_assigned_agent_name,
        "assigned_agent_id": _read_assigned_agent_id,
        "enable_messaging": _read_enable_messaging,
        "enable_audio_message_response": _read_enable_audio_message_response,
        "enable_typing_indicator": _read_enable_typing_indicator,
        "is_token_expired": _read_is_token_expired,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
