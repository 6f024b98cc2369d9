from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="CreateTwilioPhoneNumberRequest")


@_attrs_define
class CreateTwilioPhoneNumberRequest:
    """Attributes:
    phone_number (str): Phone number
    label (str): Label for the phone number
    sid (str): Twilio Account SID
    token (str): Twilio Auth Token
    supports_inbound (bool | Unset): This field is deprecated and will be removed in the future. Whether this phone
        number supports inbound calls Default: True.
    supports_outbound (bool | Unset): This field is deprecated and will be removed in the future. Whether this phone
        number supports outbound calls Default: True.
    provider (Literal['twilio'] | Unset):  Default: 'twilio'.
    agent_id (None | str | Unset): Agent ID to assign the phone number to
    region_config (None | RegionConfigRequest | Unset): Twilio Additional Region Configuration
    enable_sms (bool | Unset): Route inbound SMS to ElevenLabs. On by default; set to false to skip SMS
        configuration for numbers that don't support it. Default: True.
    """

    phone_number: str

    label: str

    sid: str

    token: str

    supports_inbound: bool | Unset = True

    supports_outbound: bool | Unset = True

    provider: Literal["twilio"] | Unset = "twilio"

    agent_id: None | str | Unset = UNSET

    region_config: None | RegionConfigRequest | Unset = UNSET

    enable_sms: bool | Unset = True

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("provider", "twilio")

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        provider_raw = d.pop("provider", UNSET)
        provider = cast(Literal["twilio"] | Unset, provider_raw)
        if provider != "twilio" and not isinstance(provider, Unset):
            raise ValueError(f"provider must match const 'twilio', got '{provider}'")

        phone_number = d.pop("phone_number", MISSING)
        if phone_number.__class__ is not str:
            if phone_number is MISSING:
                phone_number = missing_field(cls, "phone_number")
                _missing += ("phone_number",)
            else:
                phone_number = unexpected_type(cls, "phone_number", phone_number, "a string")

        label = d.pop("label", MISSING)
        if label.__class__ is not str:
            if label is MISSING:
                label = missing_field(cls, "label")
                _missing += ("label",)
            else:
                label = unexpected_type(cls, "label", label, "a string")

        sid = d.pop("sid", MISSING)
        if sid.__class__ is not str:
            if sid is MISSING:
                sid = missing_field(cls, "sid")
                _missing += ("sid",)
            else:
                sid = unexpected_type(cls, "sid", sid, "a string")

        token = d.pop("token", MISSING)
        if token.__class__ is not str:
            if token is MISSING:
                token = missing_field(cls, "token")
                _missing += ("token",)
            else:
                token = unexpected_type(cls, "token", token, "a string")

        supports_inbound = d.pop("supports_inbound", UNSET)
        if supports_inbound.__class__ is not bool and supports_inbound is not UNSET:
            supports_inbound = unexpected_type(cls, "supports_inbound", supports_inbound, "a boolean")

        supports_outbound = d.pop("supports_outbound", UNSET)
        if supports_outbound.__class__ is not bool and supports_outbound is not UNSET:
            supports_outbound = unexpected_type(cls, "supports_outbound", supports_outbound, "a boolean")

        agent_id = d.pop("agent_id", UNSET)
        if agent_id.__class__ is not str and agent_id is not None and agent_id is not UNSET:
            agent_id = unexpected_type(cls, "agent_id", agent_id, "a string or null")

        region_config_raw = d.pop("region_config", UNSET)
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

        enable_sms = d.pop("enable_sms", UNSET)
        if enable_sms.__class__ is not bool and enable_sms is not UNSET:
            enable_sms = unexpected_type(cls, "enable_sms", enable_sms, "a boolean")

        create_twilio_phone_number_request = cls(
            phone_number=phone_number,
            label=label,
            sid=sid,
            token=token,
            supports_inbound=supports_inbound,
            supports_outbound=supports_outbound,
            provider=provider,
            agent_id=agent_id,
            region_config=region_config,
            enable_sms=enable_sms,
        )
        if _missing:
            create_twilio_phone_number_request._missing_fields = _missing
        create_twilio_phone_number_request.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.region_config_request import RegionConfigRequest
