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

T = TypeVar("T", bound="CreateSIPTrunkPhoneNumberRequestV2")


@_attrs_define
class CreateSIPTrunkPhoneNumberRequestV2:
    """Attributes:
    phone_number (str): Phone number
    label (str): Label for the phone number
    supports_inbound (bool | Unset): This field is deprecated and will be removed in the future. Whether this phone
        number supports inbound calls Default: True.
    supports_outbound (bool | Unset): This field is deprecated and will be removed in the future. Whether this phone
        number supports outbound calls Default: True.
    provider (Literal['sip_trunk'] | Unset):  Default: 'sip_trunk'.
    agent_id (None | str | Unset): Agent ID to assign the phone number to
    inbound_trunk_config (InboundSIPTrunkConfigRequestModel | None | Unset):
    outbound_trunk_config (None | OutboundSIPTrunkConfigRequestModel | Unset):
    """

    phone_number: str

    label: str

    supports_inbound: bool | Unset = True

    supports_outbound: bool | Unset = True

    provider: Literal["sip_trunk"] | Unset = "sip_trunk"

    agent_id: None | str | Unset = UNSET

    inbound_trunk_config: InboundSIPTrunkConfigRequestModel | None | Unset = UNSET

    outbound_trunk_config: None | OutboundSIPTrunkConfigRequestModel | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("provider", "sip_trunk")

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        label = self.label

        supports_inbound = self.supports_inbound

        supports_outbound = self.supports_outbound

        provider = self.provider

        agent_id: Any
        try:
            agent_id = self.agent_id

        except (AttributeError, TypeError):
            agent_id = self.agent_id

        inbound_trunk_config: Any
        try:
            if isinstance(self.inbound_trunk_config, Unset):
                inbound_trunk_config = UNSET
            elif isinstance(self.inbound_trunk_config, InboundSIPTrunkConfigRequestModel):
                inbound_trunk_config = self.inbound_trunk_config.to_dict()
            else:
                inbound_trunk_config = self.inbound_trunk_config

        except (AttributeError, TypeError):
            inbound_trunk_config = self.inbound_trunk_config

        outbound_trunk_config: Any
        try:
            if isinstance(self.outbound_trunk_config, Unset):
                outbound_trunk_config = UNSET
            elif isinstance(self.outbound_trunk_config, OutboundSIPTrunkConfigRequestModel):
                outbound_trunk_config = self.outbound_trunk_config.to_dict()
            else:
                outbound_trunk_config = self.outbound_trunk_config

        except (AttributeError, TypeError):
            outbound_trunk_config = self.outbound_trunk_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if phone_number is not None or "phone_number" not in self._missing_fields:
            field_dict["phone_number"] = phone_number
        if label is not None or "label" not in self._missing_fields:
            field_dict["label"] = label
        if supports_inbound is not UNSET:
            field_dict["supports_inbound"] = supports_inbound
        if supports_outbound is not UNSET:
            field_dict["supports_outbound"] = supports_outbound
        if provider is not UNSET:
            field_dict["provider"] = provider
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if inbound_trunk_config is not UNSET:
            field_dict["inbound_trunk_config"] = inbound_trunk_config
        if outbound_trunk_config is not UNSET:
            field_dict["outbound_trunk_config"] = outbound_trunk_config
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        provider_raw = d.pop("provider", UNSET)
        provider = cast(Literal["sip_trunk"] | Unset, provider_raw)
        if provider != "sip_trunk" and not isinstance(provider, Unset):
            raise ValueError(f"provider must match const 'sip_trunk', got '{provider}'")

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

        supports_inbound = d.pop("supports_inbound", UNSET)
        if supports_inbound.__class__ is not bool and supports_inbound is not UNSET:
            supports_inbound = unexpected_type(cls, "supports_inbound", supports_inbound, "a boolean")

        supports_outbound = d.pop("supports_outbound", UNSET)
        if supports_outbound.__class__ is not bool and supports_outbound is not UNSET:
            supports_outbound = unexpected_type(cls, "supports_outbound", supports_outbound, "a boolean")

        agent_id = d.pop("agent_id", UNSET)
        if agent_id.__class__ is not str and agent_id is not None and agent_id is not UNSET:
            agent_id = unexpected_type(cls, "agent_id", agent_id, "a string or null")

        inbound_trunk_config_raw = d.pop("inbound_trunk_config", UNSET)
        try:

            def _parse_inbound_trunk_config(data: object) -> InboundSIPTrunkConfigRequestModel | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                inbound_trunk_config_type_0 = InboundSIPTrunkConfigRequestModel.from_dict(data)

                return inbound_trunk_config_type_0

            inbound_trunk_config = _parse_inbound_trunk_config(inbound_trunk_config_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            inbound_trunk_config = deviating_field(cls, "inbound_trunk_config", inbound_trunk_config_raw)

        outbound_trunk_config_raw = d.pop("outbound_trunk_config", UNSET)
        try:

            def _parse_outbound_trunk_config(data: object) -> None | OutboundSIPTrunkConfigRequestModel | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                outbound_trunk_config_type_0 = OutboundSIPTrunkConfigRequestModel.from_dict(data)

                return outbound_trunk_config_type_0

            outbound_trunk_config = _parse_outbound_trunk_config(outbound_trunk_config_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            outbound_trunk_config = deviating_field(cls, "outbound_trunk_config", outbound_trunk_config_raw)

        create_sip_trunk_phone_number_request_v2 = cls(
            phone_number=phone_number,
            label=label,
            supports_inbound=supports_inbound,
            supports_outbound=supports_outbound,
            provider=provider,
            agent_id=agent_id,
            inbound_trunk_config=inbound_trunk_config,
            outbound_trunk_config=outbound_trunk_config,
        )
        if _missing:
            create_sip_trunk_phone_number_request_v2._missing_fields = _missing
        create_sip_trunk_phone_number_request_v2.additional_properties = d
        return create_sip_trunk_phone_number_request_v2

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
from ..models.inbound_sip_trunk_config_request_model import InboundSIPTrunkConfigRequestModel
from ..models.outbound_sip_trunk_config_request_model import OutboundSIPTrunkConfigRequestModel
