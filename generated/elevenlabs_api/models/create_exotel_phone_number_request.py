from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import ExotelApiSubdomain, check_exotel_api_subdomain
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
            number supports inbound calls Defaults to True on the server.
        supports_outbound (bool | Unset): This field is deprecated and will be removed in the future. Whether this phone
            number supports outbound calls Defaults to True on the server.
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

    supports_inbound: bool | Unset = UNSET

    supports_outbound: bool | Unset = UNSET

    provider: Literal["exotel"] | Unset = _attrs_field(
        default="exotel",
        kw_only=True,
        validator=types.tag("CreateExotelPhoneNumberRequest", "provider", "exotel"),
    )

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
            cls, src_dict, NOTHING
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


_read_phone_number = plain_reader("phone_number", (str,), "a string", True)

_read_label = plain_reader("label", (str,), "a string", True)

_read_account_sid = plain_reader("account_sid", (str,), "a string", True)

_read_api_key = plain_reader("api_key", (str,), "a string", True)

_read_api_token = plain_reader("api_token", (str,), "a string", True)


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


_read_app_id = plain_reader("app_id", (str,), "a string", True)

_read_supports_inbound = plain_reader("supports_inbound", (bool,), "a boolean", False)

_read_supports_outbound = plain_reader("supports_outbound", (bool,), "a boolean", False)

_read_agent_id = plain_reader(
    "agent_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_applet_url = plain_reader(
    "applet_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


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


def _all_fields(
    cls: type[CreateExotelPhoneNumberRequest], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "provider" in known:
        provider = known["provider"]
    else:
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

    if "api_subdomain" in known:
        api_subdomain = known["api_subdomain"]
    else:
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


set_readers(
    CreateExotelPhoneNumberRequest,
    _all_fields,
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
