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
    Lazy,
    check_items,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkflowStandaloneAgentNodeModelOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkflowStandaloneAgentNodeModelOutput(Lazy):
    """Attributes:
    type_ (Literal['standalone_agent']):  Default: 'standalone_agent'.
    position (PositionOutput):
    edge_order (list[str]): The ids of outgoing edges in the order they should be evaluated.
    agent_id (None | str): The ID of the agent to transfer the conversation to. None means transfer within the
        current agent.
    node_id (None | str): Optional target node ID in the destination agent's workflow. When set, the transfer starts
        at this node instead of the default entry node.
    delay_ms (int): Artificial delay in milliseconds applied before transferring the conversation. Default: 0.
    transfer_message (None | str): Optional message sent to the user before the transfer is initiated.
    enable_transferred_agent_first_message (bool): Whether to enable the transferred agent to send its configured
        first message after the transfer. Default: False.
    preserve_client_tts_overrides (bool): Defines whether TTS client overrides should be carried over to the
        transferred agent. Default: False.
    """

    position: PositionOutput

    edge_order: list[str]

    agent_id: None | str = None

    node_id: None | str = None

    transfer_message: None | str = None

    type_: Literal["standalone_agent"] = _attrs_field(
        default="standalone_agent",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowStandaloneAgentNodeModelOutput", "type", "standalone_agent"),
    )

    delay_ms: int = 0

    enable_transferred_agent_first_message: bool = False

    preserve_client_tts_overrides: bool = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "position",
        "edge_order",
        "agent_id",
        "node_id",
        "delay_ms",
        "transfer_message",
        "enable_transferred_agent_first_message",
        "preserve_client_tts_overrides",
    )
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
            position = self.position.to_dict()
        except (AttributeError, TypeError):
            position = self.position

        edge_order: Any
        try:
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
        field_dict["type"] = type_
        if position is not None or "position" not in self._missing_fields:
            field_dict["position"] = position
        if edge_order is not None or "edge_order" not in self._missing_fields:
            field_dict["edge_order"] = edge_order
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if node_id is not None or "node_id" not in self._missing_fields:
            field_dict["node_id"] = node_id
        if delay_ms is not None or "delay_ms" not in self._missing_fields:
            field_dict["delay_ms"] = delay_ms
        if transfer_message is not None or "transfer_message" not in self._missing_fields:
            field_dict["transfer_message"] = transfer_message
        if (
            enable_transferred_agent_first_message is not None
            or "enable_transferred_agent_first_message" not in self._missing_fields
        ):
            field_dict["enable_transferred_agent_first_message"] = enable_transferred_agent_first_message
        if preserve_client_tts_overrides is not None or "preserve_client_tts_overrides" not in self._missing_fields:
            field_dict["preserve_client_tts_overrides"] = preserve_client_tts_overrides
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workflow_standalone_agent_node_model_output = cls.__new__(cls)
        workflow_standalone_agent_node_model_output.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return workflow_standalone_agent_node_model_output

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


def _read_type_(cls: type[WorkflowStandaloneAgentNodeModelOutput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["standalone_agent"], type__raw)
    if type_ != "standalone_agent":
        raise ValueError(f"type must match const 'standalone_agent', got '{type_}'")

    return type_


def _read_position(cls: type[WorkflowStandaloneAgentNodeModelOutput], d: Mapping[str, Any]) -> Any:
    position_raw = d.get("position", MISSING)
    if position_raw is MISSING:
        position = missing_field(cls, "position")
    else:
        try:
            position = PositionOutput.from_dict(position_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            position = deviating_field(cls, "position", position_raw)

    return position


_read_edge_order = plain_reader("edge_order", (list,), "an array", True, ((str,), "a string"))

_read_agent_id = plain_reader(
    "agent_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_node_id = plain_reader(
    "node_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_delay_ms = plain_reader("delay_ms", (int,), "an integer", True)

_read_transfer_message = plain_reader(
    "transfer_message",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_enable_transferred_agent_first_message = plain_reader(
    "enable_transferred_agent_first_message", (bool,), "a boolean", True
)

_read_preserve_client_tts_overrides = plain_reader("preserve_client_tts_overrides", (bool,), "a boolean", True)


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
    cls: type[WorkflowStandaloneAgentNodeModelOutput], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkflowStandaloneAgentNodeModelOutput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    if "position" in known:
        position = known["position"]
    else:
        position = _read_position(cls, d)

    edge_order = d.get("edge_order", MISSING)
    if edge_order.__class__ is not list:
        edge_order = _read_edge_order(cls, d)
    elif edge_order.__class__ is list and edge_order:
        check_items(cls, "edge_order", edge_order, (str,), "a string")

    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str and agent_id is not None:
        agent_id = _read_agent_id(cls, d)

    node_id = d.get("node_id", MISSING)
    if node_id.__class__ is not str and node_id is not None:
        node_id = _read_node_id(cls, d)

    delay_ms = d.get("delay_ms", MISSING)
    if delay_ms.__class__ is not int:
        delay_ms = _read_delay_ms(cls, d)

    transfer_message = d.get("transfer_message", MISSING)
    if transfer_message.__class__ is not str and transfer_message is not None:
        transfer_message = _read_transfer_message(cls, d)

    enable_transferred_agent_first_message = d.get("enable_transferred_agent_first_message", MISSING)
    if enable_transferred_agent_first_message.__class__ is not bool:
        enable_transferred_agent_first_message = _read_enable_transferred_agent_first_message(cls, d)

    preserve_client_tts_overrides = d.get("preserve_client_tts_overrides", MISSING)
    if preserve_client_tts_overrides.__class__ is not bool:
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
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowStandaloneAgentNodeModelOutput, type_="type")

set_readers(
    WorkflowStandaloneAgentNodeModelOutput,
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
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.position_output import PositionOutput
