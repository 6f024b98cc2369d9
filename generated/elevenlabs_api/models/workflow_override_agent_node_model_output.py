from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import EntryBehavior
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    check_items,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkflowOverrideAgentNodeModelOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkflowOverrideAgentNodeModelOutput(Lazy):
    """Attributes:
    type_ (Literal['override_agent']):  Default: 'override_agent'.
    position (PositionOutput):
    edge_order (list[str]): The ids of outgoing edges in the order they should be evaluated.
    conversation_config (ConversationalConfigApiModelWorkflowOverrideOutput):  Example: {'agent':
        {'disable_first_message_interruptions': False, 'dynamic_variables': {'dynamic_variable_placeholders':
        {'user_name': 'John Doe'}}, 'first_message': 'Hello, how can I help you today?', 'language': 'en', 'prompt':
        {'knowledge_base': [], 'llm': 'gemini-2.0-flash-001', 'max_tokens': -1, 'prompt': 'You are a helpful assistant
        that can answer questions about the topic of the conversation.', 'temperature': 0.0, 'tool_ids': [], 'tools':
        []}}, 'asr': {'keywords': ['hello', 'world'], 'provider': 'scribe_realtime', 'quality': 'high',
        'user_input_audio_format': 'pcm_16000'}, 'conversation': {'client_events': ['audio', 'interruption'],
        'max_duration_seconds': 600}, 'tts': {'agent_output_audio_format': 'pcm_16000', 'model_id': 'eleven_turbo_v2',
        'optimize_streaming_latency': 3, 'pronunciation_dictionary_locators': [], 'similarity_boost': 0.8, 'speed': 1.0,
        'stability': 0.5, 'voice_id': 'cjVigY5qzO86Huf0OWal'}, 'turn': {'interruption_ignore_term_languages': [],
        'interruption_ignore_terms': [], 'merge_with_default_ignore_terms': False, 'mode': 'turn',
        'retranscribe_on_turn_timeout': False, 'silence_end_call_timeout': -1.0, 'soft_timeout_config': {'message':
        'Hhmmmm...yeah.', 'timeout_seconds': -1.0, 'use_llm_generated_message': False}, 'speculative_turn': False,
        'spelling_patience': 'auto', 'transcribe_on_disabled_interruptions': False, 'turn_eagerness': 'normal',
        'turn_model': 'turn_v3', 'turn_timeout': 7.0}, 'vad': {'background_voice_detection': False}}.
    additional_prompt (str): Specific goal for this subagent. It will be added to the system prompt and can be used
        to further refine the agent's behavior in this specific context.
    additional_knowledge_base (list[KnowledgeBaseLocator]): Additional knowledge base documents that the subagent
        has access to. These will be used in addition to the main agent's documents.
    additional_tool_ids (list[str]): IDs of additional tools that the subagent has access to. These will be used in
        addition to the main agent's tools.
    label (str): Human-readable label for the node used throughout the UI.
    entry_behavior (EntryBehavior | str): Dictates whether this node should immediately generate a response upon
        entry or wait for the user input. When set to "auto", the behavior will be decided based on the type of the
        preceding node: "wait_for_user" after the "say" and "start" nodes and "generate_immediately" otherwise. Default:
        'auto'.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "position",
        "edge_order",
        "conversation_config",
        "additional_prompt",
        "additional_knowledge_base",
        "additional_tool_ids",
        "label",
        "entry_behavior",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "override_agent")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        position: Any
        try:
            position = self.position.to_dict()
        except (AttributeError, TypeError):
            position = self.position

        edge_order: Any
        try:
            edge_order = self.edge_order

        except (AttributeError, TypeError):
            edge_order = self.edge_order

        conversation_config: Any
        try:
            conversation_config = self.conversation_config.to_dict()
        except (AttributeError, TypeError):
            conversation_config = self.conversation_config

        additional_prompt = self.additional_prompt

        additional_knowledge_base: Any
        try:
            additional_knowledge_base = []
            for additional_knowledge_base_item_data in self.additional_knowledge_base:
                additional_knowledge_base_item = additional_knowledge_base_item_data.to_dict()
                additional_knowledge_base.append(additional_knowledge_base_item)

        except (AttributeError, TypeError):
            additional_knowledge_base = self.additional_knowledge_base

        additional_tool_ids: Any
        try:
            additional_tool_ids = self.additional_tool_ids

        except (AttributeError, TypeError):
            additional_tool_ids = self.additional_tool_ids

        label = self.label

        entry_behavior: Any
        try:
            if isinstance(self.entry_behavior, str):
                entry_behavior = self.entry_behavior
            else:
                entry_behavior = self.entry_behavior

        except (AttributeError, TypeError):
            entry_behavior = self.entry_behavior

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if position is not None or "position" not in self._missing_fields:
            field_dict["position"] = position
        if edge_order is not None or "edge_order" not in self._missing_fields:
            field_dict["edge_order"] = edge_order
        if conversation_config is not None or "conversation_config" not in self._missing_fields:
            field_dict["conversation_config"] = conversation_config
        if additional_prompt is not None or "additional_prompt" not in self._missing_fields:
            field_dict["additional_prompt"] = additional_prompt
        if additional_knowledge_base is not None or "additional_knowledge_base" not in self._missing_fields:
            field_dict["additional_knowledge_base"] = additional_knowledge_base
        if additional_tool_ids is not None or "additional_tool_ids" not in self._missing_fields:
            field_dict["additional_tool_ids"] = additional_tool_ids
        if label is not None or "label" not in self._missing_fields:
            field_dict["label"] = label
        if entry_behavior is not None or "entry_behavior" not in self._missing_fields:
            field_dict["entry_behavior"] = entry_behavior
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workflow_override_agent_node_model_output = cls.__new__(cls)
        workflow_override_agent_node_model_output.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return workflow_override_agent_node_model_output

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


def _read_type_(cls: type[WorkflowOverrideAgentNodeModelOutput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["override_agent"], type__raw)
    if type_ != "override_agent":
        raise ValueError(f"type must match const 'override_agent', got '{type_}'")

    return type_


def _read_position(cls: type[WorkflowOverrideAgentNodeModelOutput], d: Mapping[str, Any]) -> Any:
    position_raw = d.get("position", MISSING)
    if position_raw is MISSING:
        position = missing_field(cls, "position")
    else:
        try:
            position = PositionOutput.from_dict(position_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            position = deviating_field(cls, "position", position_raw)

    return position


_read_edge_order = plain_reader("edge_order", (list,), "an array", True, ((str,), "a string"))


def _read_conversation_config(cls: type[WorkflowOverrideAgentNodeModelOutput], d: Mapping[str, Any]) -> Any:
    conversation_config_raw = d.get("conversation_config", MISSING)
    if conversation_config_raw is MISSING:
        conversation_config = missing_field(cls, "conversation_config")
    else:
        try:
            conversation_config = ConversationalConfigApiModelWorkflowOverrideOutput.from_dict(conversation_config_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            conversation_config = deviating_field(cls, "conversation_config", conversation_config_raw)

    return conversation_config


_read_additional_prompt = plain_reader("additional_prompt", (str,), "a string", True)


def _read_additional_knowledge_base(cls: type[WorkflowOverrideAgentNodeModelOutput], d: Mapping[str, Any]) -> Any:
    additional_knowledge_base_raw = d.get("additional_knowledge_base", MISSING)
    if additional_knowledge_base_raw is MISSING:
        additional_knowledge_base = missing_field(cls, "additional_knowledge_base")
    else:
        try:
            expect_array("additional_knowledge_base", additional_knowledge_base_raw)
            additional_knowledge_base = []
            _additional_knowledge_base = additional_knowledge_base_raw
            for additional_knowledge_base_item_data in _additional_knowledge_base:
                additional_knowledge_base_item = KnowledgeBaseLocator.from_dict(additional_knowledge_base_item_data)

                additional_knowledge_base.append(additional_knowledge_base_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            additional_knowledge_base = deviating_field(cls, "additional_knowledge_base", additional_knowledge_base_raw)

    return additional_knowledge_base


_read_additional_tool_ids = plain_reader("additional_tool_ids", (list,), "an array", True, ((str,), "a string"))

_read_label = plain_reader("label", (str,), "a string", True)

_read_entry_behavior = plain_reader("entry_behavior", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "position",
        "edge_order",
        "conversation_config",
        "additional_prompt",
        "additional_knowledge_base",
        "additional_tool_ids",
        "label",
        "entry_behavior",
    )
)


def _read_additional_properties(
    cls: type[WorkflowOverrideAgentNodeModelOutput], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkflowOverrideAgentNodeModelOutput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    if "position" in known:
        position = known["position"]
    else:
        position = _read_position(cls, d)

    edge_order = d.get("edge_order", MISSING)
    if edge_order.__class__ is not list:
        edge_order = _read_edge_order(cls, d)
    elif edge_order.__class__ is list and edge_order:
        check_items(cls, "edge_order", edge_order, (str,), "a string")

    if "conversation_config" in known:
        conversation_config = known["conversation_config"]
    else:
        conversation_config = _read_conversation_config(cls, d)

    additional_prompt = d.get("additional_prompt", MISSING)
    if additional_prompt.__class__ is not str:
        additional_prompt = _read_additional_prompt(cls, d)

    if "additional_knowledge_base" in known:
        additional_knowledge_base = known["additional_knowledge_base"]
    else:
        additional_knowledge_base = _read_additional_knowledge_base(cls, d)

    additional_tool_ids = d.get("additional_tool_ids", MISSING)
    if additional_tool_ids.__class__ is not list:
        additional_tool_ids = _read_additional_tool_ids(cls, d)
    elif additional_tool_ids.__class__ is list and additional_tool_ids:
        check_items(cls, "additional_tool_ids", additional_tool_ids, (str,), "a string")

    label = d.get("label", MISSING)
    if label.__class__ is not str:
        label = _read_label(cls, d)

    entry_behavior = d.get("entry_behavior", MISSING)
    if entry_behavior.__class__ is not str:
        entry_behavior = _read_entry_behavior(cls, d)

    return {
        "type_": type_,
        "position": position,
        "edge_order": edge_order,
        "conversation_config": conversation_config,
        "additional_prompt": additional_prompt,
        "additional_knowledge_base": additional_knowledge_base,
        "additional_tool_ids": additional_tool_ids,
        "label": label,
        "entry_behavior": entry_behavior,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowOverrideAgentNodeModelOutput, type_="type")

set_readers(
    WorkflowOverrideAgentNodeModelOutput,
    _all_fields,
    {
        "type_": _read_type_,
        "position": _read_position,
        "edge_order": _read_edge_order,
        "conversation_config": _read_conversation_config,
        "additional_prompt": _read_additional_prompt,
        "additional_knowledge_base": _read_additional_knowledge_base,
        "additional_tool_ids": _read_additional_tool_ids,
        "label": _read_label,
        "entry_behavior": _read_entry_behavior,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversational_config_api_model_workflow_override_output import (
    ConversationalConfigApiModelWorkflowOverrideOutput,
)
from ..models.knowledge_base_locator import KnowledgeBaseLocator
from ..models.position_output import PositionOutput
