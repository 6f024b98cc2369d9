from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exotel_api_subdomain import ExotelApiSubdomain, check_exotel_api_subdomain
from ..types import (
    MISSING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
    unexpected_type,
)

T = TypeVar("T", bound="CreateExotelPhoneNumberRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CreateExotelPhoneNumberRequest(Lazy):
    """Example:
        {'account_sid': 'your-account-sid', 'api_key': 'your-api-key', 'api_subdomain': 'api.in.exotel.com',
        'api_token': '********', 'app_id': '12345', 'label': 'Exotel Outbound', 'phone_number': '+919999999999',
        'provider': 'exotel'}

    Attributes:
        phone_number (str): Phone number
        label (str): Label for the phone number
        account_sid (str): Exotel Account SID
        api_key (str): Exotel API Key
        api_token (str): Exotel API Token
        api_subdomain (ExotelApiSubdomain):
        app_id (str): Exotel applet identifier used in Calls/connect
        supports_inbound (bool | Unset): This field is deprecated and will be removed in the future. Whether this phone
            number supports inbound calls Default: True.
        supports_outbound (bool | Unset): This field is deprecated and will be removed in the future. Whether this phone
            number supports outbound calls Default: True.
        provider (Literal['exotel'] | Unset):  Default: 'exotel'.
        agent_id (None | str | Unset): Agent ID to assign the phone number to
        applet_url (None | str | Unset): Optional full applet URL override. Defaults to Exotel start_voice URL derived
            from account SID and app ID.
    """

    phone_number: str

    label: str

    account_sid: str

    api_key: str

    api_token: str

    api_subdomain: ExotelApiSubdomain

    app_id: str

    supports_inbound: bool | Unset = True

    supports_outbound: bool | Unset = True

    provider: Literal["exotel"] | Unset = "exotel"

    agent_id: None | str | Unset = UNSET

    applet_url: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "phone_number",
        "label",
        "account_sid",
        "api_key",
        "api_token",
        "api_subdomain",
        "app_id",
    )
    _tags: ClassVar[tuple[str, ...]] = ("provider",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("provider", "exotel")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        phone_number = self.phone_number

        label = self.label

        account_sid = self.account_sid

        api_key = self.api_key

        api_token = self.api_token

        api_subdomain: Any
        try:
            api_subdomain = self.api_subdomain
        except (AttributeError, TypeError):
            api_subdomain = self.api_subdomain

        app_id = self.app_id

        supports_inbound = self.supports_inbound

        supports_outbound = self.supports_outbound

        provider = self.provider

        agent_id: Any
        try:
            agent_id = self.agent_id

        except (AttributeError, TypeError):
            agent_id = self.agent_id

        applet_url: Any
        try:
            applet_url = self.applet_url

        except (AttributeError, TypeError):
            applet_url = self.applet_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if phone_number is not None or "phone_number" not in self._missing_fields:
            field_dict["phone_number"] = phone_number
        if label is not None or "label" not in self._missing_fields:
            field_dict["label"] = label
        if account_sid is not None or "account_sid" not in self._missing_fields:
            field_dict["account_sid"] = account_sid
        if api_key is not None or "api_key" not in self._missing_fields:
            field_dict["api_key"] = api_key
        if api_token is not None or "api_token" not in self._missing_fields:
            field_dict["api_token"] = api_token
        if api_subdomain is not None or "api_subdomain" not in self._missing_fields:
            field_dict["api_subdomain"] = api_subdomain
        if app_id is not None or "app_id" not in self._missing_fields:
            field_dict["app_id"] = app_id
        if supports_inbound is not UNSET:
            field_dict["supports_inbound"] = supports_inbound
        if supports_outbound is not UNSET:
            field_dict["supports_outbound"] = supports_outbound
        if provider is not UNSET:
            field_dict["provider"] = provider
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if applet_url is not UNSET:
            field_dict["applet_url"] = applet_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        create_exotel_phone_number_request = cls.__new__(cls)
        create_exotel_phone_number_request.__dict__ = _all_fields(
            cls, src_dict
        )  # what __init__ would set, and the rest
        return create_exotel_phone_number_request

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


def _read_provider(cls: type[CreateExotelPhoneNumberRequest], d: Mapping[str, Any]) -> Any:
    provider_raw = d.get("provider", UNSET)
    provider = cast(Literal["exotel"] | Unset, provider_raw)
    if provider != "exotel" and not isinstance(provider, Unset):
        raise ValueError(f"provider must match const 'exotel', got '{provider}'")

    return provider


def _read_phone_number(cls: type[CreateExotelPhoneNumberRequest], d: Mapping[str, Any]) -> Any:
    phone_number = d.get("phone_number", MISSING)
    if phone_number.__class__ is not str:
        if phone_number is MISSING:
            phone_number = missing_field(cls, "phone_number")
        else:
            phone_number = unexpected_type(cls, "phone_number", phone_number, "a string")

    return phone_number


def _read_label(cls: type[CreateExotelPhoneNumberRequest], d: Mapping[str, Any]) -> Any:
    label = d.get("label", MISSING)
    if label.__class__ is not str:
        if label is MISSING:
            label = missing_field(cls, "label")
        else:
            label = unexpected_type(cls, "label", label, "a string")

    return label


def _read_account_sid(cls: type[CreateExotelPhoneNumberRequest], d: Mapping[str, Any]) -> Any:
    account_sid = d.get("account_sid", MISSING)
    if account_sid.__class__ is not str:
        if account_sid is MISSING:
            account_sid = missing_field(cls, "account_sid")
        else:
            account_sid = unexpected_type(cls, "account_sid", account_sid, "a string")

    return account_sid


def _read_api_key(cls: type[CreateExotelPhoneNumberRequest], d: Mapping[str, Any]) -> Any:
    api_key = d.get("api_key", MISSING)
    if api_key.__class__ is not str:
        if api_key is MISSING:
            api_key = missing_field(cls, "api_key")
        else:
            api_key = unexpected_type(cls, "api_key", api_key, "a string")

    return api_key


def _read_api_token(cls: type[CreateExotelPhoneNumberRequest], d: Mapping[str, Any]) -> Any:
    api_token = d.get("api_token", MISSING)
    if api_token.__class__ is not str:
        if api_token is MISSING:
            api_token = missing_field(cls, "api_token")
        else:
            api_token = unexpected_type(cls, "api_token", api_token, "a string")

    return api_token


def _read_api_subdomain(cls: type[CreateExotelPhoneNumberRequest], d: Mapping[str, Any]) -> Any:
    api_subdomain_raw = d.get("api_subdomain", MISSING)
    if api_subdomain_raw is MISSING:
        api_subdomain = missing_field(cls, "api_subdomain")
    else:
        try:
            api_subdomain = check_exotel_api_subdomain(api_subdomain_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            api_subdomain = deviating_field(cls, "api_subdomain", api_subdomain_raw)

    return api_subdomain


def _read_app_id(cls: type[CreateExotelPhoneNumberRequest], d: Mapping[str, Any]) -> Any:
    app_id = d.get("app_id", MISSING)
    if app_id.__class__ is not str:
        if app_id is MISSING:
            app_id = missing_field(cls, "app_id")
        else:
            app_id = unexpected_type(cls, "app_id", app_id, "a string")

    return app_id


def _read_supports_inbound(cls: type[CreateExotelPhoneNumberRequest], d: Mapping[str, Any]) -> Any:
    supports_inbound = d.get("supports_inbound", UNSET)
    if supports_inbound.__class__ is not bool and supports_inbound is not UNSET:
        supports_inbound = unexpected_type(cls, "supports_inbound", supports_inbound, "a boolean")

    return supports_inbound


def _read_supports_outbound(cls: type[CreateExotelPhoneNumberRequest], d: Mapping[str, Any]) -> Any:
    supports_outbound = d.get("supports_outbound", UNSET)
    if supports_outbound.__class__ is not bool and supports_outbound is not UNSET:
        supports_outbound = unexpected_type(cls, "supports_outbound", supports_outbound, "a boolean")

    return supports_outbound


def _read_agent_id(cls: type[CreateExotelPhoneNumberRequest], d: Mapping[str, Any]) -> Any:
    agent_id = d.get("agent_id", UNSET)
    if agent_id.__class__ is not str and agent_id is not None and agent_id is not UNSET:
        agent_id = unexpected_type(cls, "agent_id", agent_id, "a string or null")

    return agent_id


def _read_applet_url(cls: type[CreateExotelPhoneNumberRequest], d: Mapping[str, Any]) -> Any:
    applet_url = d.get("applet_url", UNSET)
    if applet_url.__class__ is not str and applet_url is not None and applet_url is not UNSET:
        applet_url = unexpected_type(cls, "applet_url", applet_url, "a string or null")

    return applet_url


_FIELDS: frozenset[str] = frozenset(
    (
        "phone_number",
        "label",
        "account_sid",
        "api_key",
        "api_token",
        "api_subdomain",
        "app_id",
        "supports_inbound",
        "supports_outbound",
        "provider",
        "agent_id",
        "applet_url",
    )
)


def _read_additional_properties(cls: type[CreateExotelPhoneNumberRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[CreateExotelPhoneNumberRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all)."""
    provider = d.get("provider", UNSET)
    if provider is not UNSET:
        provider = _read_provider(cls, d)

    phone_number = d.get("phone_number", MISSING)
    if phone_number.__class__ is not str:
        phone_number = _read_phone_number(cls, d)

    label = d.get("label", MISSING)
    if label.__class__ is not str:
        label = _read_label(cls, d)

    account_sid = d.get("account_sid", MISSING)
    if account_sid.__class__ is not str:
        account_sid = _read_account_sid(cls, d)

    api_key = d.get("api_key", MISSING)
    if api_key.__class__ is not str:
        api_key = _read_api_key(cls, d)

    api_token = d.get("api_token", MISSING)
    if api_token.__class__ is not str:
        api_token = _read_api_token(cls, d)

    api_subdomain = _read_api_subdomain(cls, d)

    app_id = d.get("app_id", MISSING)
    if app_id.__class__ is not str:
        app_id = _read_app_id(cls, d)

    supports_inbound = d.get("supports_inbound", UNSET)
    if supports_inbound.__class__ is not bool and supports_inbound is not UNSET:
        supports_inbound = _read_supports_inbound(cls, d)

    supports_outbound = d.get("supports_outbound", UNSET)
    if supports_outbound.__class__ is not bool and supports_outbound is not UNSET:
        supports_outbound = _read_supports_outbound(cls, d)

    agent_id = d.get("agent_id", UNSET)
    if agent_id.__class__ is not str and agent_id is not None and agent_id is not UNSET:
        agent_id = _read_agent_id(cls, d)

    applet_url = d.get("applet_url", UNSET)
    if applet_url.__class__ is not str and applet_url is not None and applet_url is not UNSET:
        applet_url = _read_applet_url(cls, d)

    return {
        "phone_number": phone_number,
        "label": label,
        "account_sid": account_sid,
        "api_key": api_key,
        "api_token": api_token,
        "api_subdomain": api_subdomain,
        "app_id": app_id,
        "supports_inbound": supports_inbound,
        "supports_outbound": supports_outbound,
        "provider": provider,
        "agent_id": agent_id,
        "applet_url": applet_url,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


CreateExotelPhoneNumberRequest._all_fields = _all_fields
set_readers(
    CreateExotelPhoneNumberRequest,
    {
        "phone_number": _read_phone_number,
        "label": _read_label,
        "account_sid": _read_account_sid,
        "api_key": _read_api_key,
        "api_token": _read_api_token,
        "api_subdomain": _read_api_subdomain,
        "app_id": _read_app_id,
        "supports_inbound": _read_supports_inbound,
        "supports_outbound": _read_supports_outbound,
        "provider": _read_provider,
        "agent_id": _read_agent_id,
        "applet_url": _read_applet_url,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
