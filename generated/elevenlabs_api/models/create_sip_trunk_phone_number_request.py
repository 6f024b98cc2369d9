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

T = TypeVar("T", bound="CreateSipTrunkPhoneNumberRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CreateSipTrunkPhoneNumberRequest(Lazy):
    """Attributes:
    phone_number (str): Phone number
    label (str): Label for the phone number
    supports_inbound (bool | Unset): This field is deprecated and will be removed in the future. Whether this phone
        number supports inbound calls Defaults to True on the server.
    supports_outbound (bool | Unset): This field is deprecated and will be removed in the future. Whether this phone
        number supports outbound calls Defaults to True on the server.
    provider (Literal['sip_trunk'] | Unset):  Default: 'sip_trunk'.
    agent_id (None | str | Unset): Agent ID to assign the phone number to
    inbound_trunk_config (InboundSipTrunkConfigRequestModel | None | Unset):
    outbound_trunk_config (None | OutboundSipTrunkConfigRequestModel | Unset):
    """

    phone_number: str

    label: str

    supports_inbound: bool | Unset = UNSET

    supports_outbound: bool | Unset = UNSET

    provider: Literal["sip_trunk"] | Unset = _attrs_field(
        default="sip_trunk",
        kw_only=True,
        validator=types.tag("CreateSipTrunkPhoneNumberRequest", "provider", "sip_trunk"),
    )

    agent_id: None | str | Unset = UNSET

    inbound_trunk_config: InboundSipTrunkConfigRequestModel | None | Unset = UNSET

    outbound_trunk_config: None | OutboundSipTrunkConfigRequestModel | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "phone_number",
        "label",
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
            elif isinstance(self.inbound_trunk_config, InboundSipTrunkConfigRequestModel):
                inbound_trunk_config = self.inbound_trunk_config.to_dict()
            else:
                inbound_trunk_config = self.inbound_trunk_config

        except (AttributeError, TypeError):
            inbound_trunk_config = self.inbound_trunk_config

        outbound_trunk_config: Any
        try:
            if isinstance(self.outbound_trunk_config, Unset):
                outbound_trunk_config = UNSET
            elif isinstance(self.outbound_trunk_config, OutboundSipTrunkConfigRequestModel):
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        create_sip_trunk_phone_number_request = cls.__new__(cls)
        create_sip_trunk_phone_number_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return create_sip_trunk_phone_number_request

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


def _read_provider(cls: type[CreateSipTrunkPhoneNumberRequest], d: Mapping[str, Any]) -> Any:
    provider_raw = d.get("provider", UNSET)
    provider = cast(Literal["sip_trunk"] | Unset, provider_raw)
    if provider != "sip_trunk" and not isinstance(provider, Unset):
        raise ValueError(f"provider must match const 'sip_trunk', got '{provider}'")

    return provider


_read_phone_number = plain_reader("phone_number", (str,), "a string", True)

_read_label = plain_reader("label", (str,), "a string", True)

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


def _read_inbound_trunk_config(cls: type[CreateSipTrunkPhoneNumberRequest], d: Mapping[str, Any]) -> Any:
    inbound_trunk_config_raw = d.get("inbound_trunk_config", UNSET)
    try:

        def _parse_inbound_trunk_config(data: object) -> InboundSipTrunkConfigRequestModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            inbound_trunk_config_type_0 = InboundSipTrunkConfigRequestModel.from_dict(data)

            return inbound_trunk_config_type_0

        inbound_trunk_config = _parse_inbound_trunk_config(inbound_trunk_config_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        inbound_trunk_config = deviating_field(cls, "inbound_trunk_config", inbound_trunk_config_raw)

    return inbound_trunk_config


def _read_outbound_trunk_config(cls: type[CreateSipTrunkPhoneNumberRequest], d: Mapping[str, Any]) -> Any:
    outbound_trunk_config_raw = d.get("outbound_trunk_config", UNSET)
    try:

        def _parse_outbound_trunk_config(data: object) -> None | OutboundSipTrunkConfigRequestModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            outbound_trunk_config_type_0 = OutboundSipTrunkConfigRequestModel.from_dict(data)

            return outbound_trunk_config_type_0

        outbound_trunk_config = _parse_outbound_trunk_config(outbound_trunk_config_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        outbound_trunk_config = deviating_field(cls, "outbound_trunk_config", outbound_trunk_config_raw)

    return outbound_trunk_config


_FIELDS: frozenset[str] = frozenset(
    (
        "phone_number",
        "label",
        "supports_inbound",
        "supports_outbound",
        "provider",
        "agent_id",
        "inbound_trunk_config",
        "outbound_trunk_config",
    )
)


def _read_additional_properties(cls: type[CreateSipTrunkPhoneNumberRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[CreateSipTrunkPhoneNumberRequest], d: Mapping[str, Any], known: Mapping[str, Any]
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

    supports_inbound = d.get("supports_inbound", UNSET)
    if supports_inbound.__class__ is not bool and supports_inbound is not UNSET:
        supports_inbound = _read_supports_inbound(cls, d)

    supports_outbound = d.get("supports_outbound", UNSET)
    if supports_outbound.__class__ is not bool and supports_outbound is not UNSET:
        supports_outbound = _read_supports_outbound(cls, d)

    agent_id = d.get("agent_id", UNSET)
    if agent_id.__class__ is not str and agent_id is not None and agent_id is not UNSET:
        agent_id = _read_agent_id(cls, d)

    if "inbound_trunk_config" in known:
        inbound_trunk_config = known["inbound_trunk_config"]
    else:
        inbound_trunk_config = d.get("inbound_trunk_config", UNSET)
        if inbound_trunk_config is not UNSET and inbound_trunk_config is not None:
            inbound_trunk_config = _read_inbound_trunk_config(cls, d)

    if "outbound_trunk_config" in known:
        outbound_trunk_config = known["outbound_trunk_config"]
    else:
        outbound_trunk_config = d.get("outbound_trunk_config", UNSET)
        if outbound_trunk_config is not UNSET and outbound_trunk_config is not None:
            outbound_trunk_config = _read_outbound_trunk_config(cls, d)

    return {
        "phone_number": phone_number,
        "label": label,
        "supports_inbound": supports_inbound,
        "supports_outbound": supports_outbound,
        "provider": provider,
        "agent_id": agent_id,
        "inbound_trunk_config": inbound_trunk_config,
        "outbound_trunk_config": outbound_trunk_config,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    CreateSipTrunkPhoneNumberRequest,
    _all_fields,
    {
        "phone_number": _read_phone_number,
        "label": _read_label,
        "supports_inbound": _read_supports_inbound,
        "supports_outbound": _read_supports_outbound,
        "provider": _read_provider,
        "agent_id": _read_agent_id,
        "inbound_trunk_config": _read_inbound_trunk_config,
        "outbound_trunk_config": _read_outbound_trunk_config,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.inbound_sip_trunk_config_request_model import InboundSipTrunkConfigRequestModel
from ..models.outbound_sip_trunk_config_request_model import OutboundSipTrunkConfigRequestModel
