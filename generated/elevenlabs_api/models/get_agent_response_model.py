from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetAgentResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'agent_id': 'agent_7101k5zvyjhmfg983brhmhkd98n6', 'name': 'My Agent', 'workflow': {'edges': {'entry_to_tool_a':
        {'forward_condition': {'condition': 'Tool A condition', 'type': 'llm'}, 'source': 'entry_node', 'target':
        'tool_node_a'}, 'start_to_entry': {'forward_condition': {'type': 'unconditional'}, 'source': 'start_node',
        'target': 'entry_node'}, 'tool_a_to_failure': {'forward_condition': {'successful': False, 'type': 'result'},
        'source': 'tool_node_a', 'target': 'failure_node'}, 'tool_a_to_tool_b': {'forward_condition': {'successful':
        True, 'type': 'result'}, 'source': 'tool_node_a', 'target': 'tool_node_b'}, 'tool_b_to_agent_transfer':
        {'forward_condition': {'type': 'unconditional'}, 'source': 'tool_node_b', 'target': 'success_transfer'},
        'tool_b_to_conversation': {'forward_condition': {'condition': 'Conversation condition', 'type': 'llm'},
        'source': 'tool_node_b', 'target': 'success_conversation'}, 'tool_b_to_end': {'forward_condition': {'condition':
        'End condition', 'type': 'llm'}, 'source': 'tool_node_b', 'target': 'success_end'}, 'tool_b_to_phone':
        {'forward_condition': {'expression': {'children': [{'name': 'force_phone_transfer', 'type': 'dynamic_variable'},
        {'prompt': 'Phone condition', 'type': 'llm', 'value_schema': {'description': 'Phone condition', 'type':
        'boolean'}}, {'left': {'name': 'mode', 'type': 'dynamic_variable'}, 'right': {'type': 'string_literal', 'value':
        'dev'}, 'type': 'eq_operator'}], 'type': 'or_operator'}, 'type': 'expression'}, 'source': 'tool_node_b',
        'target': 'success_phone'}}, 'nodes': {'entry_node': {'additional_knowledge_base': [], 'additional_prompt': '',
        'additional_tool_ids': [], 'conversation_config': {}, 'edge_order': ['entry_to_tool_a'], 'entry_behavior':
        'auto', 'label': 'Entry', 'position': {'x': 0.0, 'y': 0.0}, 'type': 'override_agent'}, 'failure_node':
        {'additional_knowledge_base': [], 'additional_prompt': '', 'additional_tool_ids': [], 'conversation_config': {},
        'edge_order': [], 'entry_behavior': 'auto', 'label': 'Failure', 'position': {'x': 0.0, 'y': 0.0}, 'type':
        'override_agent'}, 'start_node': {'edge_order': ['start_to_entry'], 'position': {'x': 0.0, 'y': 0.0}, 'type':
        'start'}, 'success_conversation': {'additional_knowledge_base': [], 'additional_prompt': '',
        'additional_tool_ids': [], 'conversation_config': {}, 'edge_order': [], 'entry_behavior': 'auto', 'label':
        'Success A', 'position': {'x': 0.0, 'y': 0.0}, 'type': 'override_agent'}, 'success_end': {'edge_order': [],
        'position': {'x': 0.0, 'y': 0.0}, 'return_when_nested': True, 'type': 'end'}, 'success_phone':
        {'custom_sip_headers': [], 'edge_order': [], 'position': {'x': 0.0, 'y': 0.0}, 'require_acceptance': False,
        'transfer_destination': {'phone_number': '+1234567890', 'type': 'phone'}, 'transfer_type': 'conference', 'type':
        'phone_number'}, 'success_transfer': {'agent_id': 'success_transfer_agent', 'delay_ms': 0, 'drop_history':
        False, 'edge_order': [], 'enable_transferred_agent_first_message': False, 'isolate_history': False, 'position':
        {'x': 0.0, 'y': 0.0}, 'preserve_client_tts_overrides': False, 'type': 'standalone_agent'}, 'tool_node_a':
        {'edge_order': ['tool_a_to_failure', 'tool_a_to_tool_b'], 'position': {'x': 0.0, 'y': 0.0}, 'tools':
        [{'tool_id': 'tool_a'}, {'tool_id': 'tool_b'}], 'type': 'tool'}, 'tool_node_b': {'edge_order':
        ['tool_b_to_conversation', 'tool_b_to_end', 'tool_b_to_phone', 'tool_b_to_agent_transfer'], 'position': {'x':
        0.0, 'y': 0.0}, 'tools': [{'tool_id': 'tool_a'}], 'type': 'tool'}}, 'prevent_subagent_loops': False}}

    Attributes:
        agent_id: The ID of the agent
        name: The name of the agent
        phone_numbers: The phone numbers of the agent
        whatsapp_accounts: WhatsApp accounts assigned to the agent
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
        access_info: The access information of the agent for the user
        tags: Agent tags used to categorize the agent
        version_id: The ID of the version the agent is on
        branch_id: The ID of the branch the agent is on
        main_branch_id: The ID of the main branch for this agent
    """

    agent_id: str

    name: str

    conversation_config: ConversationalConfigApiModelOutput

    metadata: AgentMetadataResponseModel

    platform_settings: AgentPlatformSettingsResponseModel | Unset = UNSET

    phone_numbers: (
        list[
            GetPhoneNumberExotelResponseModel
            | GetPhoneNumberSipTrunkResponseModel
            | GetPhoneNumberTwilioResponseModel
            | UnknownVariant
        ]
        | Unset
    ) = UNSET

    whatsapp_accounts: list[GetWhatsAppAccountResponse] | Unset = UNSET

    workflow: AgentWorkflowResponseModel | Unset = UNSET

    access_info: None | ResourceAccessInfo | Unset = UNSET

    tags: list[str] | Unset = UNSET

    version_id: None | str | Unset = UNSET

    branch_id: None | str | Unset = UNSET

    main_branch_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agent_id", "agent_id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field(
            "conversation_config", "conversation_config", object_of("ConversationalConfigApiModelOutput"), required=True
        ),
        Field("metadata", "metadata", object_of("AgentMetadataResponseModel"), required=True),
        Field("platform_settings", "platform_settings", object_of("AgentPlatformSettingsResponseModel")),
        Field(
            "phone_numbers",
            "phone_numbers",
            list_of(
                union(
                    object_of("GetPhoneNumberTwilioResponseModel"),
                    object_of("GetPhoneNumberExotelResponseModel"),
                    object_of("GetPhoneNumberSipTrunkResponseModel"),
                    object_of("UnknownVariant"),
                )
            ),
        ),
        Field("whatsapp_accounts", "whatsapp_accounts", list_of(object_of("GetWhatsAppAccountResponse"))),
        Field("workflow", "workflow", object_of("AgentWorkflowResponseModel")),
        Field("access_info", "access_info", union(object_of("ResourceAccessInfo"), NULL)),
        Field("tags", "tags", list_of(STR)),
        Field("version_id", "version_id", union(STR, NULL)),
        Field("branch_id", "branch_id", union(STR, NULL)),
        Field("main_branch_id", "main_branch_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_metadata_response_model import AgentMetadataResponseModel
from ..models.agent_platform_settings_response_model import AgentPlatformSettingsResponseModel
from ..models.agent_workflow_response_model import AgentWorkflowResponseModel
from ..models.conversational_config_api_model_output import ConversationalConfigApiModelOutput
from ..models.get_phone_number_exotel_response_model import GetPhoneNumberExotelResponseModel
from ..models.get_phone_number_sip_trunk_response_model import GetPhoneNumberSipTrunkResponseModel
from ..models.get_phone_number_twilio_response_model import GetPhoneNumberTwilioResponseModel
from ..models.get_whats_app_account_response import GetWhatsAppAccountResponse
from ..models.resource_access_info import ResourceAccessInfo
from ..models.unknown_variant import UnknownVariant
