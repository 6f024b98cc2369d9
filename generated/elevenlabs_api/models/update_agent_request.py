from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class UpdateAgentRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    conversation_config: Conversation configuration for an agent
    platform_settings: Platform settings for the agent are all settings that aren't related to the conversation
        orchestration and content.
    workflow:  Example: {'edges': {'entry_to_tool_a': {'forward_condition': {'condition': 'Tool A condition'},
        'source': 'entry_node', 'target': 'tool_node_a'}, 'start_to_entry': {'forward_condition': {}, 'source':
        'start_node', 'target': 'entry_node'}, 'tool_a_to_failure': {'forward_condition': {'successful': False},
        'source': 'tool_node_a', 'target': 'failure_node'}, 'tool_a_to_tool_b': {'forward_condition': {'successful':
        True}, 'source': 'tool_node_a', 'target': 'tool_node_b'}, 'tool_b_to_agent_transfer': {'forward_condition': {},
        'source': 'tool_node_b', 'target': 'success_transfer'}, 'tool_b_to_conversation': {'forward_condition':
        {'condition': 'Conversation condition'}, 'source': 'tool_node_b', 'target': 'success_conversation'},
        'tool_b_to_end': {'forward_condition': {'condition': 'End condition'}, 'source': 'tool_node_b', 'target':
        'success_end'}, 'tool_b_to_phone': {'forward_condition': {'expression': {'children': [{'name':
        'force_phone_transfer'}, {'prompt': 'Phone condition', 'value_schema': {'description': 'Phone condition',
        'type': 'boolean'}}, {'left': {'name': 'mode'}, 'right': {'value': 'dev'}}]}}, 'source': 'tool_node_b',
        'target': 'success_phone'}}, 'nodes': {'entry_node': {'conversation_config': {}, 'edge_order':
        ['entry_to_tool_a'], 'label': 'Entry'}, 'failure_node': {'conversation_config': {}, 'label': 'Failure'},
        'start_node': {'edge_order': ['start_to_entry']}, 'success_conversation': {'conversation_config': {}, 'label':
        'Success A'}, 'success_end': {}, 'success_phone': {'transfer_destination': {'phone_number': '+1234567890'}},
        'success_transfer': {'agent_id': 'success_transfer_agent'}, 'tool_node_a': {'edge_order': ['tool_a_to_failure',
        'tool_a_to_tool_b'], 'tools': [{'tool_id': 'tool_a'}, {'tool_id': 'tool_b'}]}, 'tool_node_b': {'edge_order':
        ['tool_b_to_conversation', 'tool_b_to_end', 'tool_b_to_phone', 'tool_b_to_agent_transfer'], 'tools':
        [{'tool_id': 'tool_a'}]}}}.
    name: A name to make the agent easier to find
    tags: Tags to help classify and filter the agent
    version_description: Description for this version when publishing changes (only applicable for versioned agents)
    procedures: Procedure versions to publish, keyed by procedure_id. When provided, this map replaces the
        procedures from the current draft or branch tip. When omitted or null, unpublished procedure edits are used if
        present; otherwise, the branch tip's procedures are retained. Pass an empty object to remove all procedures.
    """

    conversation_config: None | Unset | UpdateAgentRequestConversationConfigType0 = UNSET

    platform_settings: None | Unset | UpdateAgentRequestPlatformSettingsType0 = UNSET

    workflow: AgentWorkflowRequestModel | Unset = UNSET

    name: None | str | Unset = UNSET

    tags: list[str] | None | Unset = UNSET

    version_description: None | str | Unset = UNSET

    procedures: None | Unset | UpdateAgentRequestProceduresType0 = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "conversation_config",
            "conversation_config",
            union(object_of("UpdateAgentRequestConversationConfigType0"), NULL),
        ),
        Field(
            "platform_settings", "platform_settings", union(object_of("UpdateAgentRequestPlatformSettingsType0"), NULL)
        ),
        Field("workflow", "workflow", object_of("AgentWorkflowRequestModel")),
        Field("name", "name", union(STR, NULL)),
        Field("tags", "tags", union(list_of(STR), NULL)),
        Field("version_description", "version_description", union(STR, NULL)),
        Field("procedures", "procedures", union(object_of("UpdateAgentRequestProceduresType0"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ProcedureVersionRef(Lazy, AdditionalProperties[Any]):
    """Attributes:
    procedure_id: Procedure ID
    version_id: Version ID of the procedure version.
    """

    procedure_id: str

    version_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("procedure_id", "procedure_id", STR, required=True),
        Field("version_id", "version_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UpdateAgentRequestConversationConfigType0(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class UpdateAgentRequestPlatformSettingsType0(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class UpdateAgentRequestProceduresType0(Lazy, AdditionalProperties["ProcedureVersionRef"]):
    additional_properties: dict[str, ProcedureVersionRef] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("ProcedureVersionRef"))),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_workflow_request_model import AgentWorkflowRequestModel
