from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CreateTwilioPhoneNumberRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CreateTwilioPhoneNumberRequest(Lazy):
    """Attributes:
    phone_number (str): Phone number
    label (str): Label for the phone number
    sid (str): Twilio Account SID
    token (str): Twilio Auth Token
    supports_inbound (bool | Unset): This field is deprecated and will be removed in the future. Whether this phone
        number supports inbound calls Defaults to True on the server.
    supports_outbound (bool | Unset): This field is deprecated and will be removed in the future. Whether this phone
        number supports outbound calls Defaults to True on the server.
    provider (Literal['twilio'] | Unset):  Default: 'twilio'.
    agent_id (None | str | Unset): Agent ID to assign the phone number to
    region_config (None | RegionConfigRequest | Unset): Twilio Additional Region Configuration
    enable_sms (bool | Unset): Route inbound SMS to ElevenLabs. On by default; set to false to skip SMS
        configuration for numbers that don't support it. Defaults to True on the server.
    """

    phone_number: str

    label: str

    sid: str

    token: str

    supports_inbound: bool | Unset = UNSET

    supports_outbound: bool | Unset = UNSET

    provider: Literal["twilio"] | Unset = _attrs_field(
        default="twilio",
        kw_only=True,
        validator=types.tag("CreateTwilioPhoneNumberRequest", "provider", "twilio"),
    )

    agent_id: None | str | Unset = UNSET

    region_config: None | RegionConfigRequest | Unset = UNSET

    enable_sms: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "phone_number",
        "label",
        "sid",
        "token",
    )
    _tags: ClassVar[tuple[str, ...]] = ("provider",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("provider", "twilio")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        phone_number = self.phone_number

        label = self.label

        sid = self.sid

        token = self.token

        supports_inbound = self.supports_inbound

        supports_outbound = self.supports_outbound

        provider = self.provider

        agent_id: Any
        try:
            agent_id = self.agent_id

        except (AttributeError, TypeError):
            agent_id = self.agent_id

        region_config: Any
        try:
            if isinstance(self.region_config, Unset):
                region_config = UNSET
            elif isinstance(self.region_config, RegionConfigRequest):
                region_config = self.region_config.to_dict()
            else:
                region_config = self.region_config

        except (AttributeError, TypeError):
            region_config = self.region_config

        enable_sms = self.enable_sms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if phone_number is not None or "phone_number" not in self._missing_fields:
            field_dict["phone_number"] = phone_number
        if label is not None or "label" not in self._missing_fields:
            field_dict["label"] = label
        if sid is not None or "sid" not in self._missing_fields:
            field_dict["sid"] = sid
        if token is not None or "token" not in self._missing_fields:
            field_dict["token"] = token
        if supports_inbound is not UNSET:
            field_dict["supports_inbound"] = supports_inbound
        if supports_outbound is not UNSET:
            field_dict["supports_outbound"] = supports_outbound
        if provider is not UNSET:
            field_dict["provider"] = provider
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if region_config is not UNSET:
            field_dict["region_config"] = region_config
        if enable_sms is not UNSET:
            field_dict["enable_sms"] = enable_sms
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        create_twilio_phone_number_request = cls.__new__(cls)
        create_twilio_phone_number_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return create_twilio_phone_number_request

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


def _read_provider(cls: type[CreateTwilioPhoneNumberRequest], d: Mapping[str, Any]) -> Any:
    provider_raw = d.get("provider", UNSET)
    provider = cast(Literal["twilio"] | Unset, provider_raw)
    if provider != "twilio" and not isinstance(provider, Unset):
        raise ValueError(f"provider must match const 'twilio', got '{provider}'")

    return provider


_read_phone_number = plain_reader("phone_number", (str,), "a string", True)

_read_label = plain_reader("label", (str,), "a string", True)

_read_sid = plain_reader("sid", (str,), "a string", True)

_read_token = plain_reader("token", (str,), "a string", True)

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


def _read_region_config(cls: type[CreateTwilioPhoneNumberRequest], d: Mapping[str, Any]) -> Any:
    region_config_raw = d.get("region_config", UNSET)
    try:

        def _parse_region_config(data: object) -> None | RegionConfigRequest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            region_config_type_0 = RegionConfigRequest.from_dict(data)

            return region_config_type_0

        region_config = _parse_region_config(region_config_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        region_config = deviating_field(cls, "region_config", region_config_raw)

    return region_config


_read_enable_sms = plain_reader("enable_sms", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "phone_number",
        "label",
        "sid",
        "token",
        "supports_inbound",
        "supports_outbound",
        "provider",
        "agent_id",
        "region_config",
        "enable_sms",
    )
)


def _read_additional_properties(cls: type[CreateTwilioPhoneNumberRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[CreateTwilioPhoneNumberRequest], d: Mapping[str, Any], known: Mapping[str, Any]
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

    sid = d.get("sid", MISSING)
    if sid.__class__ is not str:
        sid = _read_sid(cls, d)

    token = d.get("token", MISSING)
    if token.__class__ is not str:
        token = _read_token(cls, d)

    supports_inbound = d.get("supports_inbound", UNSET)
    if supports_inbound.__class__ is not bool and supports_inbound is not UNSET:
        supports_inbound = _read_supports_inbound(cls, d)

    supports_outbound = d.get("supports_outbound", UNSET)
    if supports_outbound.__class__ is not bool and supports_outbound is not UNSET:
        supports_outbound = _read_supports_outbound(cls, d)

    agent_id = d.get("agent_id", UNSET)
    if agent_id.__class__ is not str and agent_id is not None and agent_id is not UNSET:
        agent_id = _read_agent_id(cls, d)

    if "region_config" in known:
        region_config = known["region_config"]
    else:
        region_config = d.get("region_config", UNSET)
        if region_config is not UNSET and region_config is not None:
            region_config = _read_region_config(cls, d)

    enable_sms = d.get("enable_sms", UNSET)
    if enable_sms.__class__ is not bool and enable_sms is not UNSET:
        enable_sms = _read_enable_sms(cls, d)

    return {
        "phone_number": phone_number,
        "label": label,
        "sid": sid,
        "token": token,
        "supports_inbound": supports_inbound,
        "supports_outbound": supports_outbound,
        "provider": provider,
        "agent_id": agent_id,
        "region_config": region_config,
        "enable_sms": enable_sms,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    CreateTwilioPhoneNumberRequest,
    _all_fields,
    {
        "phone_number": _read_phone_number,
        "label": _read_label,
        "sid": _read_sid,
        "token": _read_token,
        "supports_inbound": _read_supports_inbound,
        "supports_outbound": _read_supports_outbound,
        "provider": _read_provider,
        "agent_id": _read_agent_id,
        "region_config": _read_region_config,
        "enable_sms": _read_enable_sms,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.region_config_request import RegionConfigRequest
