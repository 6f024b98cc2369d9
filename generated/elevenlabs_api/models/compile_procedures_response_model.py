from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class CompileProceduresResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'workflow': {'edges': [], 'nodes': []}}

    Attributes:
        workflow:  Example: {'edges': {'entry_to_tool_a': {'forward_condition': {'condition': 'Tool A condition',
            'type': 'llm'}, 'source': 'entry_node', 'target': 'tool_node_a'}, 'start_to_entry': {'forward_condition':
            {'type': 'unconditional'}, 'source': 'start_node', 'target': 'entry_node'}, 'tool_a_to_failure':
            {'forward_condition': {'successful': False, 'type': 'result'}, 'source': 'tool_node_a', 'target':
            'failure_node'}, 'tool_a_to_tool_b': {'forward_condition': {'successful': True, 'type': 'result'}, 'source':
            'tool_node_a', 'target': 'tool_node_b'}, 'tool_b_to_agent_transfer': {'forward_condition': {'type':
            'unconditional'}, 'source': 'tool_node_b', 'target': 'success_transfer'}, 'tool_b_to_conversation':
            {'forward_condition': {'condition': 'Conversation condition', 'type': 'llm'}, 'source': 'tool_node_b', 'target':
            'success_conversation'}, 'tool_b_to_end': {'forward_condition': {'condition': 'End condition', 'type': 'llm'},
            'source': 'tool_node_b', 'target': 'success_end'}, 'tool_b_to_phone': {'forward_condition': {'expression':
            {'children': [{'name': 'force_phone_transfer', 'type': 'dynamic_variable'}, {'prompt': 'Phone condition',
            'type': 'llm', 'value_schema': {'description': 'Phone condition', 'type': 'boolean'}}, {'left': {'name': 'mode',
            'type': 'dynamic_variable'}, 'right': {'type': 'string_literal', 'value': 'dev'}, 'type': 'eq_operator'}],
            'type': 'or_operator'}, 'type': 'expression'}, 'source': 'tool_node_b', 'target': 'success_phone'}}, 'nodes':
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
            [{'tool_id': 'tool_a'}], 'type': 'tool'}}, 'prevent_subagent_loops': False}.
    """

    workflow: AgentWorkflowResponseModel

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("workflow", "workflow", object_of("AgentWorkflowResponseModel"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_workflow_response_model import AgentWorkflowResponseModel
