from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class WorkflowStandaloneAgentNodeModelOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'standalone_agent'.
    edge_order: The ids of outgoing edges in the order they should be evaluated.
    agent_id: The ID of the agent to transfer the conversation to. None means transfer within the current agent.
    node_id: Optional target node ID in the destination agent's workflow. When set, the transfer starts at this node
        instead of the default entry node.
    delay_ms: Artificial delay in milliseconds applied before transferring the conversation. Default: 0.
    transfer_message: Optional message sent to the user before the transfer is initiated.
    enable_transferred_agent_first_message: Whether to enable the transferred agent to send its configured first
        message after the transfer. Default: False.
    preserve_client_tts_overrides: Defines whether TTS client overrides should be carried over to the transferred
        agent. Default: False.
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("standalone_agent"), required=True),
        Field("position", "position", object_of("PositionOutput"), required=True),
        Field("edge_order", "edge_order", list_of(STR), required=True),
        Field("agent_id", "agent_id", union(STR, NULL), required=True),
        Field("node_id", "node_id", union(STR, NULL), required=True),
        Field("delay_ms", "delay_ms", INT, required=True),
        Field("transfer_message", "transfer_message", union(STR, NULL), required=True),
        Field("enable_transferred_agent_first_message", "enable_transferred_agent_first_message", BOOL, required=True),
        Field("preserve_client_tts_overrides", "preserve_client_tts_overrides", BOOL, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowStandaloneAgentNodeModelOutput, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.position_output import PositionOutput
