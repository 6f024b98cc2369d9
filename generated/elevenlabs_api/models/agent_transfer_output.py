from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class AgentTransferOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    delay_ms: Defaults to 0 on the server.
    enable_transferred_agent_first_message: Defaults to False on the server.
    is_workflow_node_transfer: Defaults to False on the server.
    preserve_client_tts_overrides: Defines whether TTS client overrides should be carried over to the transferred
        agent. Defaults to False on the server.
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("condition", "condition", STR, required=True),
        Field("agent_id", "agent_id", union(STR, NULL)),
        Field("node_id", "node_id", union(STR, NULL)),
        Field("delay_ms", "delay_ms", INT),
        Field("transfer_message", "transfer_message", union(STR, NULL)),
        Field("enable_transferred_agent_first_message", "enable_transferred_agent_first_message", BOOL),
        Field("is_workflow_node_transfer", "is_workflow_node_transfer", BOOL),
        Field("preserve_client_tts_overrides", "preserve_client_tts_overrides", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
