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

T = TypeVar("T", bound="AgentTransferOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentTransferOutput(Lazy):
    """Attributes:
    condition (str):
    agent_id (None | str | Unset):
    node_id (None | str | Unset):
    delay_ms (int | Unset): Defaults to 0 on the server.
    transfer_message (None | str | Unset):
    enable_transferred_agent_first_message (bool | Unset): Defaults to False on the server.
    is_workflow_node_transfer (bool | Unset): Defaults to False on the server.
    preserve_client_tts_overrides (bool | Unset): Defines whether TTS client overrides should be carried over to the
        transferred agent. Defaults to False on the server.
    """

    condition: str

    agent_id: None | str | Unset = UNSET

    node_id: None | str | Unset = UNSET

    delay_ms: int | Unset = UNSET

    transfer_message: None | str | Unset = UNSET

    enable_transferred_agent_first_message: bool | Unset = UNSET

    is_workflow_node_transfer: bool | Unset = UNSET

    preserve_client_tts_overrides: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("condition",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        condition = self.condition

        agent_id: Any
        try:
            agent_id = self.agent_id

        except (AttributeError, TypeError):
            agent_id = self.agent_id

        node_id: Any
        try:
            node_id = self.node_id

        except (AttributeError, TypeError):
            node_id = self.node_id

        delay_ms = self.delay_ms

        transfer_message: Any
        try:
            transfer_message = self.transfer_message

        except (AttributeError, TypeError):
            transfer_message = self.transfer_message

        enable_transferred_agent_first_message = self.enable_transferred_agent_first_message

        is_workflow_node_transfer = self.is_workflow_node_transfer

        preserve_client_tts_overrides = self.preserve_client_tts_overrides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if condition is not None or "condition" not in self._missing_fields:
            field_dict["condition"] = condition
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if delay_ms is not UNSET:
            field_dict["delay_ms"] = delay_ms
        if transfer_message is not UNSET:
            field_dict["transfer_message"] = transfer_message
        if enable_transferred_agent_first_message is not UNSET:
            field_dict["enable_transferred_agent_first_message"] = enable_transferred_agent_first_message
        if is_workflow_node_transfer is not UNSET:
            field_dict["is_workflow_node_transfer"] = is_workflow_node_transfer
        if preserve_client_tts_overrides is not UNSET:
            field_dict["preserve_client_tts_overrides"] = preserve_client_tts_overrides
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_transfer_output = cls.__new__(cls)
        agent_transfer_output.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return agent_transfer_output

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


_read_condition = plain_reader("condition", (str,), "a string", True)

_read_agent_id = plain_reader(
    "agent_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_node_id = plain_reader(
    "node_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_delay_ms = plain_reader("delay_ms", (int,), "an integer", False)

_read_transfer_message = plain_reader(
    "transfer_message",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_enable_transferred_agent_first_message = plain_reader(
    "enable_transferred_agent_first_message", (bool,), "a boolean", False
)

_read_is_workflow_node_transfer = plain_reader("is_workflow_node_transfer", (bool,), "a boolean", False)

_read_preserve_client_tts_overrides = plain_reader("preserve_client_tts_overrides", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "condition",
        "agent_id",
        "node_id",
        "delay_ms",
        "transfer_message",
        "enable_transferred_agent_first_message",
        "is_workflow_node_transfer",
        "preserve_client_tts_overrides",
    )
)


def _read_additional_properties(cls: type[AgentTransferOutput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentTransferOutput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    condition = d.get("condition", MISSING)
    if condition.__class__ is not str:
        condition = _read_condition(cls, d)

    agent_id = d.get("agent_id", UNSET)
    if agent_id.__class__ is not str and agent_id is not None and agent_id is not UNSET:
        agent_id = _read_agent_id(cls, d)

    node_id = d.get("node_id", UNSET)
    if node_id.__class__ is not str and node_id is not None and node_id is not UNSET:
        node_id = _read_node_id(cls, d)

    delay_ms = d.get("delay_ms", UNSET)
    if delay_ms.__class__ is not int and delay_ms is not UNSET:
        delay_ms = _read_delay_ms(cls, d)

    transfer_message = d.get("transfer_message", UNSET)
    if transfer_message.__class__ is not str and transfer_message is not None and transfer_message is not UNSET:
        transfer_message = _read_transfer_message(cls, d)

    enable_transferred_agent_first_message = d.get("enable_transferred_agent_first_message", UNSET)
    if (
        enable_transferred_agent_first_message.__class__ is not bool
        and enable_transferred_agent_first_message is not UNSET
    ):
        enable_transferred_agent_first_message = _read_enable_transferred_agent_first_message(cls, d)

    is_workflow_node_transfer = d.get("is_workflow_node_transfer", UNSET)
    if is_workflow_node_transfer.__class__ is not bool and is_workflow_node_transfer is not UNSET:
        is_workflow_node_transfer = _read_is_workflow_node_transfer(cls, d)

    preserve_client_tts_overrides = d.get("preserve_client_tts_overrides", UNSET)
    if preserve_client_tts_overrides.__class__ is not bool and preserve_client_tts_overrides is not UNSET:
        preserve_client_tts_overrides = _read_preserve_client_tts_overrides(cls, d)

    return {
        "condition": condition,
        "agent_id": agent_id,
        "node_id": node_id,
        "delay_ms": delay_ms,
        "transfer_message": transfer_message,
        "enable_transferred_agent_first_message": enable_transferred_agent_first_message,
        "is_workflow_node_transfer": is_workflow_node_transfer,
        "preserve_client_tts_overrides": preserve_client_tts_overrides,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AgentTransferOutput,
    _all_fields,
    {
        "condition": _read_condition,
        "agent_id": _read_agent_id,
        "node_id": _read_node_id,
        "delay_ms": _read_delay_ms,
        "transfer_message": _read_transfer_message,
        "enable_transferred_agent_first_message": _read_enable_transferred_agent_first_message,
        "is_workflow_node_transfer": _read_is_workflow_node_transfer,
        "preserve_client_tts_overrides": _read_preserve_client_tts_overrides,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
