from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentWorkflowResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentWorkflowResponseModel(Lazy):
    """Example:
        {'edges': {'entry_to_tool_a': {'forward_condition': {'condition': 'Tool A condition', 'type': 'llm'}, 'source':
        'entry_node', 'target': 'tool_node_a'}, 'start_to_entry': {'forward_condition': {'type': 'unconditional'},
        'source': 'start_node', 'target': 'entry_node'}, 'tool_a_to_failure': {'forward_condition': {'successful':
        False, 'type': 'result'}, 'source': 'tool_node_a', 'target': 'failure_node'}, 'tool_a_to_tool_b':
        {'forward_condition': {'successful': True, 'type': 'result'}, 'source': 'tool_node_a', 'target': 'tool_node_b'},
        'tool_b_to_agent_transfer': {'forward_condition': {'type': 'unconditional'}, 'source': 'tool_node_b', 'target':
        'success_transfer'}, 'tool_b_to_conversation': {'forward_condition': {'condition': 'Conversation condition',
        'type': 'llm'}, 'source': 'tool_node_b', 'target': 'success_conversation'}, 'tool_b_to_end':
        {'forward_condition': {'condition': 'End condition', 'type': 'llm'}, 'source': 'tool_node_b', 'target':
        'success_end'}, 'tool_b_to_phone': {'forward_condition': {'expression': {'children': [{'name':
        'force_phone_transfer', 'type': 'dynamic_variable'}, {'prompt': 'Phone condition', 'type': 'llm',
        'value_schema': {'description': 'Phone condition', 'type': 'boolean'}}, {'left': {'name': 'mode', 'type':
        'dynamic_variable'}, 'right': {'type': 'string_literal', 'value': 'dev'}, 'type': 'eq_operator'}], 'type':
        'or_operator'}, 'type': 'expression'}, 'source': 'tool_node_b', 'target': 'success_phone'}}, 'nodes':
        {'entry_node': {'additional_knowledge_base': [], 'additional_prompt': '', 'additional_tool_ids': [],
        'conversation_config': {}, 'edge_order': ['entry_to_tool_a'], 'entry_behavior': 'auto', 'label': 'Entry',
        'position': {'x': 0.0, 'y': 0.0}, 'type': 'override_agent'}, 'failure_node': {'additional_knowledge_base': [],
        'additional_prompt': '', 'additional_tool_ids': [], 'conversation_config': {}, 'edge_order': [],
        'entry_behavior': 'auto', 'label': 'Failure', 'position': {'x': 0.0, 'y': 0.0}, 'type': 'override_agent'},
        'start_node': {'edge_order': ['start_to_entry'], 'position': {'x': 0.0, 'y': 0.0}, 'type': 'start'},
        'success_conversation': {'additional_knowledge_base': [], 'additional_prompt': '', 'additional_tool_ids': [],
        'conversation_config': {}, 'edge_order': [], 'entry_behavior': 'auto', 'label': 'Success A', 'position': {'x':
        0.0, 'y': 0.0}, 'type': 'override_agent'}, 'success_end': {'edge_order': [], 'position': {'x': 0.0, 'y': 0.0},
        'return_when_nested': True, 'type': 'end'}, 'success_phone': {'custom_sip_headers': [], 'edge_order': [],
        'position': {'x': 0.0, 'y': 0.0}, 'require_acceptance': False, 'transfer_destination': {'phone_number':
        '+1234567890', 'type': 'phone'}, 'transfer_type': 'conference', 'type': 'phone_number'}, 'success_transfer':
        {'agent_id': 'success_transfer_agent', 'delay_ms': 0, 'drop_history': False, 'edge_order': [],
        'enable_transferred_agent_first_message': False, 'isolate_history': False, 'position': {'x': 0.0, 'y': 0.0},
        'preserve_client_tts_overrides': False, 'type': 'standalone_agent'}, 'tool_node_a': {'edge_order':
        ['tool_a_to_failure', 'tool_a_to_tool_b'], 'position': {'x': 0.0, 'y': 0.0}, 'tools': [{'tool_id': 'tool_a'},
        {'tool_id': 'tool_b'}], 'type': 'tool'}, 'tool_node_b': {'edge_order': ['tool_b_to_conversation',
        'tool_b_to_end', 'tool_b_to_phone', 'tool_b_to_agent_transfer'], 'position': {'x': 0.0, 'y': 0.0}, 'tools':
        [{'tool_id': 'tool_a'}], 'type': 'tool'}}, 'prevent_subagent_loops': False}

    Attributes:
        edges (AgentWorkflowResponseModelEdges):
        nodes (AgentWorkflowResponseModelNodes):
        prevent_subagent_loops (bool): Whether to prevent loops in the workflow execution. Default: False.
    """

    edges: AgentWorkflowResponseModelEdges

    nodes: AgentWorkflowResponseModelNodes

    prevent_subagent_loops: bool = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "edges",
        "nodes",
        "prevent_subagent_loops",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        edges: Any
        try:
            edges = self.edges.to_dict()
        except (AttributeError, TypeError):
            edges = self.edges

        nodes: Any
        try:
            nodes = self.nodes.to_dict()
        except (AttributeError, TypeError):
            nodes = self.nodes

        prevent_subagent_loops = self.prevent_subagent_loops

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if edges is not None or "edges" not in self._missing_fields:
            field_dict["edges"] = edges
        if nodes is not None or "nodes" not in self._missing_fields:
            field_dict["nodes"] = nodes
        if prevent_subagent_loops is not None or "prevent_subagent_loops" not in self._missing_fields:
            field_dict["prevent_subagent_loops"] = prevent_subagent_loops
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_workflow_response_model = cls.__new__(cls)
        agent_workflow_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return agent_workflow_response_model

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


def _read_edges(cls: type[AgentWorkflowResponseModel], d: Mapping[str, Any]) -> Any:
    edges_raw = d.get("edges", MISSING)
    if edges_raw is MISSING:
        edges = missing_field(cls, "edges")
    else:
        try:
            edges = AgentWorkflowResponseModelEdges.from_dict(edges_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            edges = deviating_field(cls, "edges", edges_raw)

    return edges


def _read_nodes(cls: type[AgentWorkflowResponseModel], d: Mapping[str, Any]) -> Any:
    nodes_raw = d.get("nodes", MISSING)
    if nodes_raw is MISSING:
        nodes = missing_field(cls, "nodes")
    else:
        try:
            nodes = AgentWorkflowResponseModelNodes.from_dict(nodes_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            nodes = deviating_field(cls, "nodes", nodes_raw)

    return nodes


_read_prevent_subagent_loops = plain_reader("prevent_subagent_loops", (bool,), "a boolean", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "edges",
        "nodes",
        "prevent_subagent_loops",
    )
)


def _read_additional_properties(cls: type[AgentWorkflowResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AgentWorkflowResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "edges" in known:
        edges = known["edges"]
    else:
        edges = _read_edges(cls, d)

    if "nodes" in known:
        nodes = known["nodes"]
    else:
        nodes = _read_nodes(cls, d)

    prevent_subagent_loops = d.get("prevent_subagent_loops", MISSING)
    if prevent_subagent_loops.__class__ is not bool:
        prevent_subagent_loops = _read_prevent_subagent_loops(cls, d)

    return {
        "edges": edges,
        "nodes": nodes,
        "prevent_subagent_loops": prevent_subagent_loops,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AgentWorkflowResponseModel,
    _all_fields,
    {
        "edges": _read_edges,
        "nodes": _read_nodes,
        "prevent_subagent_loops": _read_prevent_subagent_loops,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_workflow_response_model_edges import AgentWorkflowResponseModelEdges
from ..models.agent_workflow_response_model_nodes import AgentWorkflowResponseModelNodes
