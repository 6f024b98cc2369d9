from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationInitiationClientDataRequestInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    conversation_config_override:  Example: {'agent': {'first_message': 'Hello, how can I help you today?',
        'language': 'en', 'prompt': {'knowledge_base': [], 'llm': 'gemini-2.0-flash-001', 'prompt': 'You are a helpful
        assistant that can answer questions about the topic of the conversation.', 'tool_ids': []}}, 'asr': {'keywords':
        ['hello', 'world']}, 'conversation': {'max_duration_seconds': 600}, 'tts': {'model_id': 'eleven_turbo_v2',
        'pronunciation_dictionary_locators': [], 'similarity_boost': 0.8, 'speed': 1.0, 'stability': 0.5, 'voice_id':
        'cjVigY5qzO86Huf0OWal'}, 'turn': {'soft_timeout_config': {'message': 'Hhmmmm...yeah.'}}}.
    user_id: ID of the end user participating in this conversation (for agent owner's user identification)
    branch_id: ID of the agent branch to use for this conversation
    environment: Environment to use for resolving environment variables
    starting_workflow_node_id: If set, start the workflow at this node id instead of the default entry
    procedure_ids: If set, only these procedures are available to the starting agent. Each ID must be attached to
        that agent; unknown IDs fail conversation start. An empty list disables all of that agent's procedures. Not
        applied after an agent transfer. Requires enable_procedure_ids_from_client.
    """

    conversation_config_override: ConversationConfigClientOverrideInput | Unset = UNSET

    custom_llm_extra_body: ConversationInitiationClientDataRequestInputCustomLlmExtraBody | Unset = UNSET

    user_id: None | str | Unset = UNSET

    source_info: ConversationInitiationSourceInfo | Unset = UNSET

    branch_id: None | str | Unset = UNSET

    environment: None | str | Unset = UNSET

    starting_workflow_node_id: None | str | Unset = UNSET

    procedure_ids: list[str] | None | Unset = UNSET

    dynamic_variables: ConversationInitiationClientDataRequestInputDynamicVariables | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "conversation_config_override",
            "conversation_config_override",
            object_of("ConversationConfigClientOverrideInput"),
        ),
        Field(
            "custom_llm_extra_body",
            "custom_llm_extra_body",
            object_of("ConversationInitiationClientDataRequestInputCustomLlmExtraBody"),
        ),
        Field("user_id", "user_id", union(STR, NULL)),
        Field("source_info", "source_info", object_of("ConversationInitiationSourceInfo")),
        Field("branch_id", "branch_id", union(STR, NULL)),
        Field("environment", "environment", union(STR, NULL)),
        Field("starting_workflow_node_id", "starting_workflow_node_id", union(STR, NULL)),
        Field("procedure_ids", "procedure_ids", union(list_of(STR), NULL)),
        Field(
            "dynamic_variables",
            "dynamic_variables",
            object_of("ConversationInitiationClientDataRequestInputDynamicVariables"),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationInitiationClientDataRequestInputCustomLlmExtraBody(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class ConversationInitiationClientDataRequestInputDynamicVariables(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_config_client_override_input import ConversationConfigClientOverrideInput
from ..models.conversation_initiation_source_info import ConversationInitiationSourceInfo
