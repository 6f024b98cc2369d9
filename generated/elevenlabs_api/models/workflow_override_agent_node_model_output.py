from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import EntryBehavior
from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)


@_attrs_define(slots=False)
class WorkflowOverrideAgentNodeModelOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'override_agent'.
    edge_order: The ids of outgoing edges in the order they should be evaluated.
    conversation_config:  Example: {'agent': {'disable_first_message_interruptions': False, 'dynamic_variables':
        {'dynamic_variable_placeholders': {'user_name': 'John Doe'}}, 'first_message': 'Hello, how can I help you
        today?', 'language': 'en', 'prompt': {'knowledge_base': [], 'llm': 'gemini-2.0-flash-001', 'max_tokens': -1,
        'prompt': 'You are a helpful assistant that can answer questions about the topic of the conversation.',
        'temperature': 0.0, 'tool_ids': [], 'tools': []}}, 'asr': {'keywords': ['hello', 'world'], 'provider':
        'scribe_realtime', 'quality': 'high', 'user_input_audio_format': 'pcm_16000'}, 'conversation': {'client_events':
        ['audio', 'interruption'], 'max_duration_seconds': 600}, 'tts': {'agent_output_audio_format': 'pcm_16000',
        'model_id': 'eleven_turbo_v2', 'optimize_streaming_latency': 3, 'pronunciation_dictionary_locators': [],
        'similarity_boost': 0.8, 'speed': 1.0, 'stability': 0.5, 'voice_id': 'cjVigY5qzO86Huf0OWal'}, 'turn':
        {'interruption_ignore_term_languages': [], 'interruption_ignore_terms': [], 'merge_with_default_ignore_terms':
        False, 'mode': 'turn', 'retranscribe_on_turn_timeout': False, 'silence_end_call_timeout': -1.0,
        'soft_timeout_config': {'message': 'Hhmmmm...yeah.', 'timeout_seconds': -1.0, 'use_llm_generated_message':
        False}, 'speculative_turn': False, 'spelling_patience': 'auto', 'transcribe_on_disabled_interruptions': False,
        'turn_eagerness': 'normal', 'turn_model': 'turn_v3', 'turn_timeout': 7.0}, 'vad': {'background_voice_detection':
        False}}.
    additional_prompt: Specific goal for this subagent. It will be added to the system prompt and can be used to
        further refine the agent's behavior in this specific context.
    additional_knowledge_base: Additional knowledge base documents that the subagent has access to. These will be
        used in addition to the main agent's documents.
    additional_tool_ids: IDs of additional tools that the subagent has access to. These will be used in addition to
        the main agent's tools.
    label: Human-readable label for the node used throughout the UI.
    entry_behavior: Dictates whether this node should immediately generate a response upon entry or wait for the
        user input. When set to "auto", the behavior will be decided based on the type of the preceding node:
        "wait_for_user" after the "say" and "start" nodes and "generate_immediately" otherwise. Default: 'auto'.
    """

    position: PositionOutput

    edge_order: list[str]

    conversation_config: ConversationalConfigApiModelWorkflowOverrideOutput

    additional_prompt: str

    additional_knowledge_base: list[KnowledgeBaseLocator]

    additional_tool_ids: list[str]

    label: str

    type_: Literal["override_agent"] = _attrs_field(
        default="override_agent",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowOverrideAgentNodeModelOutput", "type", "override_agent"),
    )

    entry_behavior: EntryBehavior | str = "auto"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("override_agent"), required=True),
        Field("position", "position", object_of("PositionOutput"), required=True),
        Field("edge_order", "edge_order", list_of(STR), required=True),
        Field(
            "conversation_config",
            "conversation_config",
            object_of("ConversationalConfigApiModelWorkflowOverrideOutput"),
            required=True,
        ),
        Field("additional_prompt", "additional_prompt", STR, required=True),
        Field(
            "additional_knowledge_base",
            "additional_knowledge_base",
            list_of(object_of("KnowledgeBaseLocator")),
            required=True,
        ),
        Field("additional_tool_ids", "additional_tool_ids", list_of(STR), required=True),
        Field("label", "label", STR, required=True),
        Field("entry_behavior", "entry_behavior", union(literal("EntryBehavior"), STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowOverrideAgentNodeModelOutput, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversational_config_api_model_workflow_override_output import (
    ConversationalConfigApiModelWorkflowOverrideOutput,
)
from ..models.knowledge_base_locator import KnowledgeBaseLocator
from ..models.position_output import PositionOutput
