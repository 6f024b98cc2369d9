from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, BOOL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationSimulationSpecification(Lazy, AdditionalProperties[Any]):
    """A specification that will be used to simulate a conversation between an agent and an AI user.

    Attributes:
        simulated_user_config:  Example: {'disable_first_message_interruptions': False, 'first_message': 'Hello, how can
            I help you today?', 'language': 'en'}.
        partial_conversation_history: A partial conversation history to start the simulation from. If empty, simulation
            starts fresh.
    """

    simulated_user_config: AgentConfig

    tool_mock_config: ConversationSimulationSpecificationToolMockConfig | Unset = UNSET

    partial_conversation_history: list[ConversationHistoryTranscriptCommonModelInput] | Unset = UNSET

    dynamic_variables: ConversationSimulationSpecificationDynamicVariables | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("simulated_user_config", "simulated_user_config", object_of("AgentConfig"), required=True),
        Field("tool_mock_config", "tool_mock_config", object_of("ConversationSimulationSpecificationToolMockConfig")),
        Field(
            "partial_conversation_history",
            "partial_conversation_history",
            list_of(object_of("ConversationHistoryTranscriptCommonModelInput")),
        ),
        Field(
            "dynamic_variables", "dynamic_variables", object_of("ConversationSimulationSpecificationDynamicVariables")
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationSimulationSpecificationDynamicVariables(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class ConversationSimulationSpecificationToolMockConfig(Lazy, AdditionalProperties["ToolMockConfig"]):
    additional_properties: dict[str, ToolMockConfig] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("ToolMockConfig"))),
    )


@_attrs_define(slots=False)
class ToolMockConfig(Lazy, AdditionalProperties[Any]):
    """Attributes:
    default_return_value: Defaults to 'Tool Called.' on the server.
    default_is_error: Defaults to False on the server.
    """

    default_return_value: str | Unset = UNSET

    default_is_error: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("default_return_value", "default_return_value", STR),
        Field("default_is_error", "default_is_error", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_config import AgentConfig
from ..models.conversation_history_transcript_common_model_input import ConversationHistoryTranscriptCommonModelInput
