from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkflowStandaloneAgentNodeModelInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkflowStandaloneAgentNodeModelInput(Lazy):
    """Attributes:
    type_ (Literal['standalone_agent'] | Unset):  Default: 'standalone_agent'.
    position (PositionInput | Unset):
    edge_order (list[str] | Unset): The ids of outgoing edges in the order they should be evaluated.
    agent_id (None | str | Unset): The ID of the agent to transfer the conversation to. None means transfer within
        the current agent.
    node_id (None | str | Unset): Optional target node ID in the destination agent's workflow. When set, the
        transfer starts at this node instead of the default entry node.
    delay_ms (int | Unset): Artificial delay in milliseconds applied before transferring the conversation. Defaults
        to 0 on the server.
    transfer_message (None | str | Unset): Optional message sent to the user before the transfer is initiated.
    enable_transferred_agent_first_message (bool | Unset): Whether to enable the transferred agent to send its
        configured first message after the transfer. Defaults to False on the server.
    preserve_client_tts_overrides (bool | Unset): Defines whether TTS client overrides should be carried over to the
        transferred agent. Defaults to False on the server.
    """

    type_: Literal["standalone_agent"] | Unset = _attrs_field(
        default="standalone_agent",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowStandaloneAgentNodeModelInput", "type", "standalone_agent"),
    )

    position: PositionInput | Unset = UNSET

    edge_order: list[str] | Unset = UNSET

    agent_id: None | str | Unset = UNSET

    node_id: None | str | Unset = UNSET

    delay_ms: int | Unset = UNSET

    transfer_message: None | str | Unset = UNSET

    enable_transferred_agent_first_message: bool | Unset = UNSET

    preserve_client_tts_overrides: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "standalone_agent")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        position: Any
        try:
            position = UNSET
            if not isinstance(self.position, Unset):
                position = self.position.to_dict()
        except (AttributeError, TypeError):
            position = self.position

        edge_order: Any
        try:
            edge_order = UNSET
            if not isinstance(self.edge_order, Unset):
                edge_order = self.edge_order

        except (AttributeError, TypeError):
            edge_order = self.edge_order

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

        preserve_client_tts_overrides = self.preserve_client_tts_overrides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if position is not UNSET:
            field_dict["position"] = position
        if edge_order is not UNSET:
            field_dict["edge_order"] = edge_order
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
        workflow_standalone_agent_node_model_input = cls.__new__(cls)
        workflow_standalone_agent_node_model_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return workflow_standalone_agent_node_model_input

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


def _read_type_(cls: type[WorkflowStandaloneAgentNodeModelInput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["standalone_agent"] | Unset, type__raw)
    if type_ != "standalone_agent" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'standalone_agent', got '{type_}'")

    return type_


def _read_position(cls: type[WorkflowStandaloneAgentNodeModelInput], d: Mapping[str, Any]) -> Any:
    position_raw = d.get("position", UNSET)
    try:
        _position = position_raw
        position: PositionInput | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = PositionInput.from_dict(_position)
    except (KeyError, TypeError, ValueError, AttributeError):
        position = deviating_field(cls, "position", position_raw)

    return position


_read_edge_order = plain_reader("edge_order", (list,), "an array", False, ((str,), "a string"))

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

_read_preserve_client_tts_overrides = plain_reader("preserve_client_tts_overrides", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "position",
        "edge_order",
        "agent_id",
        "node_id",
        "delay_ms",
        "transfer_message",
        "enable_transferred_agent_first_message",
        "preserve_client_tts_overrides",
    )
)


def _read_additional_properties(
    cls: type[WorkflowStandaloneAgentNodeModelInput], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkflowStandaloneAgentNodeModelInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    if "position" in known:
        position = known["position"]
    else:
        position = d.get("position", UNSET)
        if position is not UNSET:
            position = _read_position(cls, d)

    edge_order = d.get("edge_order", UNSET)
    if edge_order.__class__ is not list and edge_order is not UNSET:
        edge_order = _read_edge_order(cls, d)
    elif edge_order.__class__ is list and edge_order:
        check_items(cls, "edge_order", edge_order, (str,), "a string")

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

    preserve_client_tts_overrides = d.get("preserve_client_tts_overrides", UNSET)
    if preserve_client_tts_overrides.__class__ is not bool and preserve_client_tts_overrides is not UNSET:
        preserve_client_tts_overrides = _read_preserve_client_tts_overrides(cls, d)

    return {
        "type_": type_,
        "position": position,
        "edge_order": edge_order,
        "agent_id": agent_id,
        "node_id": node_id,
        "delay_ms": delay_ms,
        "transfer_message": transfer_message,
        "enable_transferred_agent_first_message": enable_transferred_agent_first_message,
        "preserve_client_tts_overrides": preserve_client_tts_overrides,
        "additional_properties": _read_additional_properties(cls, d),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowStandaloneAgentNodeModelInput, type_="type")

set_readers(
    WorkflowStandaloneAgentNodeModelInput,
    _all_fields,
    {
        "type_": _read_type_,
        "position": _read_position,
        "edge_order": _read_edge_order,
        "agent_id": _read_agent_id,
        "node_id": _read_node_id,
        "delay_ms": _read_delay_ms,
        "transfer_message": _read_transfer_message,
        "enable_transferred_agent_first_message": _read_enable_transferred_agent_first_message,
        "preserve_client_tts_overrides": _read_preserve_client_tts_overrides,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.position_input import PositionInput
