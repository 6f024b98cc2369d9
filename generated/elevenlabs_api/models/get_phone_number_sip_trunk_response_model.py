from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import LivekitStackType
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

T = TypeVar("T", bound="GetPhoneNumberSipTrunkResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetPhoneNumberSipTrunkResponseModel(Lazy):
    """Example:
        {'label': 'Sales Team', 'livekit_stack': 'standard', 'phone_number': '+1987654321', 'phone_number_id':
        'phone_456', 'provider': 'sip_trunk'}

    Attributes:
        phone_number (str): Phone number
        label (str): Label for the phone number
        phone_number_id (str): The ID of the phone number
        livekit_stack (LivekitStackType | str): Type of Livekit stack used for this number.
        supports_inbound (bool | Unset): This field is deprecated and will be removed in the future. Whether this phone
            number supports inbound calls Defaults to True on the server.
        supports_outbound (bool | Unset): This field is deprecated and will be removed in the future. Whether this phone
            number supports outbound calls Defaults to True on the server.
        assigned_agent (None | PhoneNumberAgentInfo | Unset): The agent that is assigned to the phone number
        provider (Literal['sip_trunk'] | Unset): Phone provider Default: 'sip_trunk'.
        provider_config (GetPhoneNumberOutboundSipTrunkConfigResponseModel | None | Unset):
        outbound_trunk (GetPhoneNumberOutboundSipTrunkConfigResponseModel | None | Unset): Configuration of the Outbound
            SIP trunk - if configured.
        inbound_trunk (GetPhoneNumberInboundSipTrunkConfigResponseModel | None | Unset): Configuration of the Inbound
            SIP trunk - if configured.
        store_sip_messages (bool | Unset): Whether to store SIP messages for this phone number. Defaults to True on the
            server.
    """

    phone_number: str

    label: str

    phone_number_id: str

    livekit_stack: LivekitStackType | str

    supports_inbound: bool | Unset = UNSET

    supports_outbound: bool | Unset = UNSET

    assigned_agent: None | PhoneNumberAgentInfo | Unset = UNSET

    provider: Literal["sip_trunk"] | Unset = _attrs_field(
        default="sip_trunk",
        kw_only=True,
        validator=types.tag("GetPhoneNumberSipTrunkResponseModel", "provider", "sip_trunk"),
    )

    provider_config: GetPhoneNumberOutboundSipTrunkConfigResponseModel | None | Unset = UNSET

    outbound_trunk: GetPhoneNumberOutboundSipTrunkConfigResponseModel | None | Unset = UNSET

    inbound_trunk: GetPhoneNumberInboundSipTrunkConfigResponseModel | None | Unset = UNSET

    store_sip_messages: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "phone_number",
        "label",
        "phone_number_id",
        "livekit_stack",
    )
    _tags: ClassVar[tuple[str, ...]] = ("provider",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("provider", "sip_trunk")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        phone_number = self.phone_number

        label = self.label

        phone_number_id = self.phone_number_id

        livekit_stack: Any
        try:
            if isinstance(self.livekit_stack, str):
                livekit_stack = self.livekit_stack
            else:
                livekit_stack = self.livekit_stack

        except (AttributeError, TypeError):
            livekit_stack = self.livekit_stack

        supports_inbound = self.supports_inbound

        supports_outbound = self.supports_outbound

        assigned_agent: Any
        try:
            if isinstance(self.assigned_agent, Unset):
                assigned_agent = UNSET
            elif isinstance(self.assigned_agent, PhoneNumberAgentInfo):
                assigned_agent = self.assigned_agent.to_dict()
            else:
                assigned_agent = self.assigned_agent

        except (AttributeError, TypeError):
            assigned_agent = self.assigned_agent

        provider = self.provider

        provider_config: Any
        try:
            if isinstance(self.provider_config, Unset):
                provider_config = UNSET
            elif isinstance(self.provider_config, GetPhoneNumberOutboundSipTrunkConfigResponseModel):
                provider_config = self.provider_config.to_dict()
            else:
                provider_config = self.provider_config

        except (AttributeError, TypeError):
            provider_config = self.provider_config

        outbound_trunk: Any
        try:
            if isinstance(self.outbound_trunk, Unset):
                outbound_trunk = UNSET
            elif isinstance(self.outbound_trunk, GetPhoneNumberOutboundSipTrunkConfigResponseModel):
                outbound_trunk = self.outbound_trunk.to_dict()
            else:
                outbound_trunk = self.outbound_trunk

        except (AttributeError, TypeError):
            outbound_trunk = self.outbound_trunk

        inbound_trunk: Any
        try:
            if isinstance(self.inbound_trunk, Unset):
                inbound_trunk = UNSET
            elif isinstance(self.inbound_trunk, GetPhoneNumberInboundSipTrunkConfigResponseModel):
                inbound_trunk = self.inbound_trunk.to_dict()
            else:
                inbound_trunk = self.inbound_trunk

        except (AttributeError, TypeError):
            inbound_trunk = self.inbound_trunk

        store_sip_messages = self.store_sip_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if phone_number is not None or "phone_number" not in self._missing_fields:
            field_dict["phone_number"] = phone_number
        if label is not None or "label" not in self._missing_fields:
            field_dict["label"] = label
        if phone_number_id is not None or "phone_number_id" not in self._missing_fields:
            field_dict["phone_number_id"] = phone_number_id
        if livekit_stack is not None or "livekit_stack" not in self._missing_fields:
            field_dict["livekit_stack"] = livekit_stack
        if supports_inbound is not UNSET:
            field_dict["supports_inbound"] = supports_inbound
        if supports_outbound is not UNSET:
            field_dict["supports_outbound"] = supports_outbound
        if assigned_agent is not UNSET:
            field_dict["assigned_agent"] = assigned_agent
        if provider is not UNSET:
            field_dict["provider"] = provider
        if provider_config is not UNSET:
            field_dict["provider_config"] = provider_config
        if outbound_trunk is not UNSET:
            field_dict["outbound_trunk"] = outbound_trunk
        if inbound_trunk is not UNSET:
            field_dict["inbound_trunk"] = inbound_trunk
        if store_sip_messages is not UNSET:
            field_dict["store_sip_messages"] = store_sip_messages
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_phone_number_sip_trunk_response_model = cls.__new__(cls)
        get_phone_number_sip_trunk_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return get_phone_number_sip_trunk_response_model

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


def _read_provider(cls: type[GetPhoneNumberSipTrunkResponseModel], d: Mapping[str, Any]) -> Any:
    provider_raw = d.get("provider", UNSET)
    provider = cast(Literal["sip_trunk"] | Unset, provider_raw)
    if provider != "sip_trunk" and not isinstance(provider, Unset):
        raise ValueError(f"provider must match const 'sip_trunk', got '{provider}'")

    return provider


_read_phone_number = plain_reader("phone_number", (str,), "a string", True)

_read_label = plain_reader("label", (str,), "a string", True)

_read_phone_number_id = plain_reader("phone_number_id", (str,), "a string", True)

_read_livekit_stack = plain_reader("livekit_stack", (str,), "a string", True)

_read_supports_inbound = plain_reader("supports_inbound", (bool,), "a boolean", False)

_read_supports_outbound = plain_reader("supports_outbound", (bool,), "a boolean", False)


def _read_assigned_agent(cls: type[GetPhoneNumberSipTrunkResponseModel], d: Mapping[str, Any]) -> Any:
    assigned_agent_raw = d.get("assigned_agent", UNSET)
    try:

        def _parse_assigned_agent(data: object) -> None | PhoneNumberAgentInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            assigned_agent_type_0 = PhoneNumberAgentInfo.from_dict(data)

            return assigned_agent_type_0

        assigned_agent = _parse_assigned_agent(assigned_agent_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        assigned_agent = deviating_field(cls, "assigned_agent", assigned_agent_raw)

    return assigned_agent


def _read_provider_config(cls: type[GetPhoneNumberSipTrunkResponseModel], d: Mapping[str, Any]) -> Any:
    provider_config_raw = d.get("provider_config", UNSET)
    try:

        def _parse_provider_config(data: object) -> GetPhoneNumberOutboundSipTrunkConfigResponseModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            provider_config_type_0 = GetPhoneNumberOutboundSipTrunkConfigResponseModel.from_dict(data)

            return provider_config_type_0

        provider_config = _parse_provider_config(provider_config_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        provider_config = deviating_field(cls, "provider_config", provider_config_raw)

    return provider_config


def _read_outbound_trunk(cls: type[GetPhoneNumberSipTrunkResponseModel], d: Mapping[str, Any]) -> Any:
    outbound_trunk_raw = d.get("outbound_trunk", UNSET)
    try:

        def _parse_outbound_trunk(data: object) -> GetPhoneNumberOutboundSipTrunkConfigResponseModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            outbound_trunk_type_0 = GetPhoneNumberOutboundSipTrunkConfigResponseModel.from_dict(data)

            return outbound_trunk_type_0

        outbound_trunk = _parse_outbound_trunk(outbound_trunk_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        outbound_trunk = deviating_field(cls, "outbound_trunk", outbound_trunk_raw)

    return outbound_trunk


def _read_inbound_trunk(cls: type[GetPhoneNumberSipTrunkResponseModel], d: Mapping[str, Any]) -> Any:
    inbound_trunk_raw = d.get("inbound_trunk", UNSET)
    try:

        def _parse_inbound_trunk(data: object) -> GetPhoneNumberInboundSipTrunkConfigResponseModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            inbound_trunk_type_0 = GetPhoneNumberInboundSipTrunkConfigResponseModel.from_dict(data)

            return inbound_trunk_type_0

        inbound_trunk = _parse_inbound_trunk(inbound_trunk_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        inbound_trunk = deviating_field(cls, "inbound_trunk", inbound_trunk_raw)

    return inbound_trunk


_read_store_sip_messages = plain_reader("store_sip_messages", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "phone_number",
        "label",
        "phone_number_id",
        "livekit_stack",
        "supports_inbound",
        "supports_outbound",
        "assigned_agent",
        "provider",
        "provider_config",
        "outbound_trunk",
        "inbound_trunk",
        "store_sip_messages",
    )
)


def _read_additional_properties(cls: type[GetPhoneNumberSipTrunkResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[GetPhoneNumberSipTrunkResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
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

    phone_number_id = d.get("phone_number_id", MISSING)
    if phone_number_id.__class__ is not str:
        phone_number_id = _read_phone_number_id(cls, d)

    livekit_stack = d.get("livekit_stack", MISSING)
    if livekit_stack.__class__ is not str:
        livekit_stack = _read_livekit_stack(cls, d)

    supports_inbound = d.get("supports_inbound", UNSET)
    if supports_inbound.__class__ is not bool and supports_inbound is not UNSET:
        supports_inbound = _read_supports_inbound(cls, d)

    supports_outbound = d.get("supports_outbound", UNSET)
    if supports_outbound.__class__ is not bool and supports_outbound is not UNSET:
        supports_outbound = _read_supports_outbound(cls, d)

    if "assigned_agent" in known:
        assigned_agent = known["assigned_agent"]
    else:
        assigned_agent = d.get("assigned_agent", UNSET)
        if assigned_agent is not UNSET and assigned_agent is not None:
            assigned_agent = _read_assigned_agent(cls, d)

    if "provider_config" in known:
        provider_config = known["provider_config"]
    else:
        provider_config = d.get("provider_config", UNSET)
        if provider_config is not UNSET and provider_config is not None:
            provider_config = _read_provider_config(cls, d)

    if "outbound_trunk" in known:
        outbound_trunk = known["outbound_trunk"]
    else:
        outbound_trunk = d.get("outbound_trunk", UNSET)
        if outbound_trunk is not UNSET and outbound_trunk is not None:
            outbound_trunk = _read_outbound_trunk(cls, d)

    if "inbound_trunk" in known:
        inbound_trunk = known["inbound_trunk"]
    else:
        inbound_trunk = d.get("inbound_trunk", UNSET)
        if inbound_trunk is not UNSET and inbound_trunk is not None:
            inbound_trunk = _read_inbound_trunk(cls, d)

    store_sip_messages = d.get("store_sip_messages", UNSET)
    if store_sip_messages.__class__ is not bool and store_sip_messages is not UNSET:
        store_sip_messages = _read_store_sip_messages(cls, d)

    return {
        "phone_number": phone_number,
        "label": label,
        "phone_number_id": phone_number_id,
        "livekit_stack": livekit_stack,
        "supports_inbound": supports_inbound,
        "supports_outbound": supports_outbound,
        "assigned_agent": assigned_agent,
        "provider": provider,
        "provider_config": provider_config,
        "outbound_trunk": outbound_trunk,
        "inbound_trunk": inbound_trunk,
        "store_sip_messages": store_sip_messages,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetPhoneNumberSipTrunkResponseModel,
    _all_fields,
    {
        "phone_number": _read_phone_number,
        "label": _read_label,
        "phone_number_id": _read_phone_number_id,
        "livekit_stack": _read_livekit_stack,
        "supports_inbound": _read_supports_inbound,
        "supports_outbound": _read_supports_outbound,
        "assigned_agent": _read_assigned_agent,
        "provider": _read_provider,
        "provider_config": _read_provider_config,
        "outbound_trunk": _read_outbound_trunk,
        "inbound_trunk": _read_inbound_trunk,
        "store_sip_messages": _read_store_sip_messages,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.get_phone_number_inbound_sip_trunk_config_response_model import (
    GetPhoneNumberInboundSipTrunkConfigResponseModel,
)
from ..models.get_phone_number_outbound_sip_trunk_config_response_model import (
    GetPhoneNumberOutboundSipTrunkConfigResponseModel,
)
from ..models.phone_number_agent_info import PhoneNumberAgentInfo
