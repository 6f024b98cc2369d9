from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="AgentWorkflowRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentWorkflowRequestModel(Lazy):
    """Example:
        {'edges': {'entry_to_tool_a': {'forward_condition': {'condition': 'Tool A condition'}, 'source': 'entry_node',
        'target': 'tool_node_a'}, 'start_to_entry': {'forward_condition': {}, 'source': 'start_node', 'target':
        'entry_node'}, 'tool_a_to_failure': {'forward_condition': {'successful': False}, 'source': 'tool_node_a',
        'target': 'failure_node'}, 'tool_a_to_tool_b': {'forward_condition': {'successful': True}, 'source':
        'tool_node_a', 'target': 'tool_node_b'}, 'tool_b_to_agent_transfer': {'forward_condition': {}, 'source':
        'tool_node_b', 'target': 'success_transfer'}, 'tool_b_to_conversation': {'forward_condition': {'condition':
        'Conversation condition'}, 'source': 'tool_node_b', 'target': 'success_conversation'}, 'tool_b_to_end':
        {'forward_condition': {'condition': 'End condition'}, 'source': 'tool_node_b', 'target': 'success_end'},
        'tool_b_to_phone': {'forward_condition': {'expression': {'children': [{'name': 'force_phone_transfer'},
        {'prompt': 'Phone condition', 'value_schema': {'description': 'Phone condition', 'type': 'boolean'}}, {'left':
        {'name': 'mode'}, 'right': {'value': 'dev'}}]}}, 'source': 'tool_node_b', 'target': 'success_phone'}}, 'nodes':
        {'entry_node': {'conversation_config': {}, 'edge_order': ['entry_to_tool_a'], 'label': 'Entry'}, 'failure_node':
        {'conversation_config': {}, 'label': 'Failure'}, 'start_node': {'edge_order': ['start_to_entry']},
        'success_conversation': {'conversation_config': {}, 'label': 'Success A'}, 'success_end': {}, 'success_phone':
        {'transfer_destination': {'phone_number': '+1234567890'}}, 'success_transfer': {'agent_id':
        'success_transfer_agent'}, 'tool_node_a': {'edge_order': ['tool_a_to_failure', 'tool_a_to_tool_b'], 'tools':
        [{'tool_id': 'tool_a'}, {'tool_id': 'tool_b'}]}, 'tool_node_b': {'edge_order': ['tool_b_to_conversation',
        'tool_b_to_end', 'tool_b_to_phone', 'tool_b_to_agent_transfer'], 'tools': [{'tool_id': 'tool_a'}]}}}

    Attributes:
        edges (AgentWorkflowRequestModelEdges | Unset):
        nodes (AgentWorkflowRequestModelNodes | Unset):
        prevent_subagent_loops (bool | Unset): Whether to prevent loops in the workflow execution. Defaults to False on
            the server.
    """

    edges: AgentWorkflowRequestModelEdges | Unset = UNSET

    nodes: AgentWorkflowRequestModelNodes | Unset = UNSET

    prevent_subagent_loops: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        edges: Any
        try:
            edges = UNSET
            if not isinstance(self.edges, Unset):
                edges = self.edges.to_dict()
        except (AttributeError, TypeError):
            edges = self.edges

        nodes: Any
        try:
            nodes = UNSET
            if not isinstance(self.nodes, Unset):
                nodes = self.nodes.to_dict()
        except (AttributeError, TypeError):
            nodes = self.nodes

        prevent_subagent_loops = self.prevent_subagent_loops

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if edges is not UNSET:
            field_dict["edges"] = edges
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if prevent_subagent_loops is not UNSET:
            field_dict["prevent_subagent_loops"] = prevent_subagent_loops
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_workflow_request_model = cls.__new__(cls)
        agent_workflow_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return agent_workflow_request_model

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


def _read_edges(cls: type[AgentWorkflowRequestModel], d: Mapping[str, Any]) -> Any:
    edges_raw = d.get("edges", UNSET)
    try:
        _edges = edges_raw
        edges: AgentWorkflowRequestModelEdges | Unset
        if isinstance(_edges, Unset):
            edges = UNSET
        else:
            edges = AgentWorkflowRequestModelEdges.from_dict(_edges)
    except (KeyError, TypeError, ValueError, AttributeError):
        edges = deviating_field(cls, "edges", edges_raw)

    return edges


def _read_nodes(cls: type[AgentWorkflowRequestModel], d: Mapping[str, Any]) -> Any:
    nodes_raw = d.get("nodes", UNSET)
    try:
        _nodes = nodes_raw
        nodes: AgentWorkflowRequestModelNodes | Unset
        if isinstance(_nodes, Unset):
            nodes = UNSET
        else:
            nodes = AgentWorkflowRequestModelNodes.from_dict(_nodes)
    except (KeyError, TypeError, ValueError, AttributeError):
        nodes = deviating_field(cls, "nodes", nodes_raw)

    return nodes


_read_prevent_subagent_loops = plain_reader("prevent_subagent_loops", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "edges",
        "nodes",
        "prevent_subagent_loops",
    )
)


def _read_additional_properties(cls: type[AgentWorkflowRequestModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentWorkflowRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "edges" in known:
        edges = known["edges"]
    else:
        edges = d.get("edges", UNSET)
        if edges is not UNSET:
            edges = _read_edges(cls, d)

    if "nodes" in known:
        nodes = known["nodes"]
    else:
        nodes = d.get("nodes", UNSET)
        if nodes is not UNSET:
            nodes = _read_nodes(cls, d)

    prevent_subagent_loops = d.get("prevent_subagent_loops", UNSET)
    if prevent_subagent_loops.__class__ is not bool and prevent_subagent_loops is not UNSET:
        prevent_subagent_loops = _read_prevent_subagent_loops(cls, d)

    return {
        "edges": edges,
        "nodes": nodes,
        "prevent_subagent_loops": prevent_subagent_loops,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AgentWorkflowRequestModel,
    _all_fields,
    {
        "edges": _read_edges,
        "nodes": _read_nodes,
        "prevent_subagent_loops": _read_prevent_subagent_loops,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_workflow_request_model_edges import AgentWorkflowRequestModelEdges
from ..models.agent_workflow_request_model_nodes import AgentWorkflowRequestModelNodes
