from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import LivekitStackType, check_livekit_stack_type
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="UpdatePhoneNumberRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UpdatePhoneNumberRequest(Lazy):
    """Attributes:
    agent_id (None | str | Unset):
    label (None | str | Unset):
    inbound_trunk_config (InboundSipTrunkConfigRequestModel | None | Unset):
    outbound_trunk_config (None | OutboundSipTrunkConfigRequestModel | Unset):
    livekit_stack (LivekitStackType | None | Unset):
    store_sip_messages (bool | None | Unset):
    environment (None | str | Unset): Environment to use for resolving environment variables on calls to this
        number.
    branch_id (None | str | Unset): Agent branch to use for calls to this number.
    """

    agent_id: None | str | Unset = UNSET

    label: None | str | Unset = UNSET

    inbound_trunk_config: InboundSipTrunkConfigRequestModel | None | Unset = UNSET

    outbound_trunk_config: None | OutboundSipTrunkConfigRequestModel | Unset = UNSET

    livekit_stack: LivekitStackType | None | Unset = UNSET

    store_sip_messages: bool | None | Unset = UNSET

    environment: None | str | Unset = UNSET

    branch_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        agent_id: Any
        try:
            agent_id = self.agent_id

        except (AttributeError, TypeError):
            agent_id = self.agent_id

        label: Any
        try:
            label = self.label

        except (AttributeError, TypeError):
            label = self.label

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

        livekit_stack: Any
        try:
            if isinstance(self.livekit_stack, Unset):
                livekit_stack = UNSET
            elif isinstance(self.livekit_stack, str):
                livekit_stack = self.livekit_stack
            else:
                livekit_stack = self.livekit_stack

        except (AttributeError, TypeError):
            livekit_stack = self.livekit_stack

        store_sip_messages: Any
        try:
            store_sip_messages = self.store_sip_messages

        except (AttributeError, TypeError):
            store_sip_messages = self.store_sip_messages

        environment: Any
        try:
            environment = self.environment

        except (AttributeError, TypeError):
            environment = self.environment

        branch_id: Any
        try:
            branch_id = self.branch_id

        except (AttributeError, TypeError):
            branch_id = self.branch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if label is not UNSET:
            field_dict["label"] = label
        if inbound_trunk_config is not UNSET:
            field_dict["inbound_trunk_config"] = inbound_trunk_config
        if outbound_trunk_config is not UNSET:
            field_dict["outbound_trunk_config"] = outbound_trunk_config
        if livekit_stack is not UNSET:
            field_dict["livekit_stack"] = livekit_stack
        if store_sip_messages is not UNSET:
            field_dict["store_sip_messages"] = store_sip_messages
        if environment is not UNSET:
            field_dict["environment"] = environment
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        update_phone_number_request = cls.__new__(cls)
        update_phone_number_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return update_phone_number_request

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


_read_agent_id = plain_reader(
    "agent_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_label = plain_reader(
    "label",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_inbound_trunk_config(cls: type[UpdatePhoneNumberRequest], d: Mapping[str, Any]) -> Any:
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


def _read_outbound_trunk_config(cls: type[UpdatePhoneNumberRequest], d: Mapping[str, Any]) -> Any:
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


def _read_livekit_stack(cls: type[UpdatePhoneNumberRequest], d: Mapping[str, Any]) -> Any:
    livekit_stack_raw = d.get("livekit_stack", UNSET)
    try:

        def _parse_livekit_stack(data: object) -> LivekitStackType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            livekit_stack_type_0 = check_livekit_stack_type(data)

            return livekit_stack_type_0

        livekit_stack = _parse_livekit_stack(livekit_stack_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        livekit_stack = deviating_field(cls, "livekit_stack", livekit_stack_raw)

    return livekit_stack


_read_store_sip_messages = plain_reader(
    "store_sip_messages",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_environment = plain_reader(
    "environment",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_branch_id = plain_reader(
    "branch_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "agent_id",
        "label",
        "inbound_trunk_config",
        "outbound_trunk_config",
        "livekit_stack",
        "store_sip_messages",
        "environment",
        "branch_id",
    )
)


def _read_additional_properties(cls: type[UpdatePhoneNumberRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[UpdatePhoneNumberRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    agent_id = d.get("agent_id", UNSET)
    if agent_id.__class__ is not str and agent_id is not None and agent_id is not UNSET:
        agent_id = _read_agent_id(cls, d)

    label = d.get("label", UNSET)
    if label.__class__ is not str and label is not None and label is not UNSET:
        label = _read_label(cls, d)

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

    if "livekit_stack" in known:
        livekit_stack = known["livekit_stack"]
    else:
        livekit_stack = d.get("livekit_stack", UNSET)
        if livekit_stack is not UNSET and livekit_stack is not None:
            livekit_stack = _read_livekit_stack(cls, d)

    store_sip_messages = d.get("store_sip_messages", UNSET)
    if store_sip_messages.__class__ is not bool and store_sip_messages is not None and store_sip_messages is not UNSET:
        store_sip_messages = _read_store_sip_messages(cls, d)

    environment = d.get("environment", UNSET)
    if environment.__class__ is not str and environment is not None and environment is not UNSET:
        environment = _read_environment(cls, d)

    branch_id = d.get("branch_id", UNSET)
    if branch_id.__class__ is not str and branch_id is not None and branch_id is not UNSET:
        branch_id = _read_branch_id(cls, d)

    return {
        "agent_id": agent_id,
        "label": label,
        "inbound_trunk_config": inbound_trunk_config,
        "outbound_trunk_config": outbound_trunk_config,
        "livekit_stack": livekit_stack,
        "store_sip_messages": store_sip_messages,
        "environment": environment,
        "branch_id": branch_id,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    UpdatePhoneNumberRequest,
    _all_fields,
    {
        "agent_id": _read_agent_id,
        "label": _read_label,
        "inbound_trunk_config": _read_inbound_trunk_config,
        "outbound_trunk_config": _read_outbound_trunk_config,
        "livekit_stack": _read_livekit_stack,
        "store_sip_messages": _read_store_sip_messages,
        "environment": _read_environment,
        "branch_id": _read_branch_id,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.inbound_sip_trunk_config_request_model import InboundSipTrunkConfigRequestModel
from ..models.outbound_sip_trunk_config_request_model import OutboundSipTrunkConfigRequestModel
