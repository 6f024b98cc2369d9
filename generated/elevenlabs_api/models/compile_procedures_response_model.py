from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="CompileProceduresResponseModel")


@_attrs_define
class CompileProceduresResponseModel:
    """Example:
        {'workflow': {'edges': [], 'nodes': []}}

    Attributes:
        workflow (AgentWorkflowResponseModel):  Example: {'edges': {'entry_to_tool_a': {'forward_condition':
            {'condition': 'Tool A condition', 'type': 'llm'}, 'source': 'entry_node', 'target': 'tool_node_a'},
            'start_to_entry': {'forward_condition': {'type': 'unconditional'}, 'source': 'start_node', 'target':
            'entry_node'}, 'tool_a_to_failure': {'forward_condition': {'successful': False, 'type': 'result'}, 'source':
            'tool_node_a', 'target': 'failure_node'}, 'tool_a_to_tool_b': {'forward_condition': {'successful': True, 'type':
            'result'}, 'source': 'tool_node_a', 'target': 'tool_node_b'}, 'tool_b_to_agent_transfer': {'forward_condition':
            {'type': 'unconditional'}, 'source': 'tool_node_b', 'target': 'success_transfer'}, 'tool_b_to_conversation':
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        workflow: Any
        try:
            workflow = self.workflow.to_dict()
        except (AttributeError, TypeError):
            workflow = self.workflow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if workflow is not None or "workflow" not in self._missing_fields:
            field_dict["workflow"] = workflow
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        workflow_raw = d.pop("workflow", MISSING)
        if workflow_raw is MISSING:
            workflow = missing_field(cls, "workflow")
            _missing += ("workflow",)
        else:
            try:
                workflow = AgentWorkflowResponseModel.from_dict(workflow_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                workflow = deviating_field(cls, "workflow", workflow_raw)

        compile_procedures_response_model = cls(
            workflow=workflow,
        )
        if _missing:
            compile_procedures_response_model._missing_fields = _missing
        compile_procedures_response_model.additional_properties = d
        return compile_procedures_response_model

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_workflow_response_model import AgentWorkflowResponseModel
