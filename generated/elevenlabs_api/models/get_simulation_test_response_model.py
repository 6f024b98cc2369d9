from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    INT,
    NULL,
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
from ..models._literals import ConversationInitiationSource, Llm
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetSimulationTestResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    from_conversation_metadata: Metadata of a conversation this test was created from (if applicable).
    dynamic_variables: Dynamic variables to replace in the agent config during testing
    conversation_initiation_source: Simulate the test as if the conversation originated from this channel.
    environment: The environment to resolve environment-specific variable values against when running this test
        (URL, headers, auth connections). If not provided, defaults to 'production'. For simulation tests,
        simulation_environment takes precedence when set.
    type_:  Default: 'simulation'.
    success_condition: Deprecated legacy single success criterion. Use success_conditions instead. At least one of
        success_condition or success_conditions is required.
    success_conditions: List of prompts that evaluate whether the simulation was successful. If provided, all
        criteria are evaluated and merged into a final result. Capped at the maximum number of evaluation criteria.
    simulation_scenario: Description of the simulation scenario and user persona for simulation tests. Defaults to
        empty on the server.
    simulation_max_turns: Maximum number of conversation turns for simulation tests. Defaults to 5 on the server.
    simulation_environment: The environment to use when running this simulation test. If not provided, defaults to
        'production'.
    tool_mock_config: Simulation/preview-side config: tools are identified by IDs, resolved to names at runtime.
    tool_mock_overrides: Test-specific response mocks, keyed by tool ID. Applied ahead of the tool's shared mocks
        and only within this test. Only take effect for tools that are mocked (see tool_mock_config).
    evaluation_model: LLM model to use for evaluating simulation results.
    simulated_user_model: LLM model for the simulated user.
    """

    id: str

    name: str

    from_conversation_metadata: None | TestFromConversationMetadataOutput | Unset = UNSET

    dynamic_variables: GetSimulationTestResponseModelDynamicVariables | Unset = UNSET

    chat_history: list[ConversationHistoryTranscriptCommonModelOutput] | Unset = UNSET

    conversation_initiation_source: ConversationInitiationSource | None | str | Unset = UNSET

    environment: None | str | Unset = UNSET

    type_: Literal["simulation"] | Unset = _attrs_field(
        default="simulation",
        kw_only=True,
        alias="type",
        validator=types.tag("GetSimulationTestResponseModel", "type", "simulation"),
    )

    success_condition: None | str | Unset = UNSET

    success_conditions: list[str] | Unset = UNSET

    simulation_scenario: str | Unset = UNSET

    simulation_max_turns: int | Unset = UNSET

    simulation_environment: None | str | Unset = UNSET

    tool_mock_config: SimulationToolMockBehaviorConfig | Unset = UNSET

    tool_mock_overrides: GetSimulationTestResponseModelToolMockOverrides | Unset = UNSET

    evaluation_model: Llm | None | str | Unset = UNSET

    simulated_user_model: Llm | None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field(
            "from_conversation_metadata",
            "from_conversation_metadata",
            union(object_of("TestFromConversationMetadataOutput"), NULL),
        ),
        Field("dynamic_variables", "dynamic_variables", object_of("GetSimulationTestResponseModelDynamicVariables")),
        Field("chat_history", "chat_history", list_of(object_of("ConversationHistoryTranscriptCommonModelOutput"))),
        Field(
            "conversation_initiation_source",
            "conversation_initiation_source",
            union(literal("ConversationInitiationSource"), NULL, STR),
        ),
        Field("environment", "environment", union(STR, NULL)),
        Field("type_", "type", const("simulation")),
        Field("success_condition", "success_condition", union(STR, NULL)),
        Field("success_conditions", "success_conditions", list_of(STR)),
        Field("simulation_scenario", "simulation_scenario", STR),
        Field("simulation_max_turns", "simulation_max_turns", INT),
        Field("simulation_environment", "simulation_environment", union(STR, NULL)),
        Field("tool_mock_config", "tool_mock_config", object_of("SimulationToolMockBehaviorConfig")),
        Field(
            "tool_mock_overrides", "tool_mock_overrides", object_of("GetSimulationTestResponseModelToolMockOverrides")
        ),
        Field("evaluation_model", "evaluation_model", union(literal("Llm"), NULL, STR)),
        Field("simulated_user_model", "simulated_user_model", union(literal("Llm"), NULL, STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(GetSimulationTestResponseModel, type_="type")


@_attrs_define(slots=False)
class GetSimulationTestResponseModelDynamicVariables(Lazy, AdditionalProperties[Any]):
    """Dynamic variables to replace in the agent config during testing"""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class GetSimulationTestResponseModelToolMockOverrides(Lazy, AdditionalProperties["list[ToolResponseMockConfigOutput]"]):
    """Test-specific response mocks, keyed by tool ID. Applied ahead of the tool's shared mocks and only within this test.
    Only take effect for tools that are mocked (see tool_mock_config).

    """

    additional_properties: dict[str, list[ToolResponseMockConfigOutput]] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(list_of(object_of("ToolResponseMockConfigOutput")))),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_transcript_common_model_output import ConversationHistoryTranscriptCommonModelOutput
from ..models.simulation_tool_mock_behavior_config import SimulationToolMockBehaviorConfig
from ..models.test_from_conversation_metadata_output import TestFromConversationMetadataOutput
from ..models.tool_response_mock_config_output import ToolResponseMockConfigOutput
