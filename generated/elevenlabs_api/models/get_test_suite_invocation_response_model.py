from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
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
from ..models._literals import (
    BucketingStatus,
    ConversationInitiationSource,
    EvaluationSuccessResult,
    Llm,
    TestRunMetadataTestTypeType0,
    TestRunStatus,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetTestSuiteInvocationResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    repeat_count: Defaults to 1 on the server.
    bucketing_status: None when repeat_count==1 (no bucketing). Otherwise tracks bucketing lifecycle.
    """

    id: str

    test_runs: list[UnitTestRunResponseModel]

    agent_id: None | str | Unset = UNSET

    branch_id: None | str | Unset = UNSET

    created_at: int | Unset = UNSET

    folder_id: None | str | Unset = UNSET

    repeat_count: int | Unset = UNSET

    bucketing_status: BucketingStatus | None | str | Unset = UNSET

    result_groups: list[TestRunResultSummary] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("test_runs", "test_runs", list_of(object_of("UnitTestRunResponseModel")), required=True),
        Field("agent_id", "agent_id", union(STR, NULL)),
        Field("branch_id", "branch_id", union(STR, NULL)),
        Field("created_at", "created_at", INT),
        Field("folder_id", "folder_id", union(STR, NULL)),
        Field("repeat_count", "repeat_count", INT),
        Field("bucketing_status", "bucketing_status", union(literal("BucketingStatus"), NULL, STR)),
        Field("result_groups", "result_groups", list_of(object_of("TestRunResultSummary"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ResponseUnitTestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    from_conversation_metadata: Metadata of a conversation this test was created from (if applicable).
    dynamic_variables: Dynamic variables to replace in the agent config during testing
    conversation_initiation_source: Simulate the test as if the conversation originated from this channel.
    environment: The environment to resolve environment-specific variable values against when running this test
        (URL, headers, auth connections). If not provided, defaults to 'production'. For simulation tests,
        simulation_environment takes precedence when set.
    type_:  Default: 'llm'.
    success_condition: A prompt that evaluates whether the agent's response is successful. Should return True or
        False. Defaults to empty on the server.
    success_examples: Non-empty list of example responses that should be considered successful
    failure_examples: Non-empty list of example responses that should be considered failures
    """

    from_conversation_metadata: None | TestFromConversationMetadataOutput | Unset = UNSET

    dynamic_variables: ResponseUnitTestModelDynamicVariables | Unset = UNSET

    chat_history: list[ConversationHistoryTranscriptCommonModelOutput] | Unset = UNSET

    conversation_initiation_source: ConversationInitiationSource | None | str | Unset = UNSET

    environment: None | str | Unset = UNSET

    type_: Literal["llm"] | Unset = _attrs_field(
        default="llm",
        kw_only=True,
        alias="type",
        validator=types.tag("ResponseUnitTestModel", "type", "llm"),
    )

    success_condition: str | Unset = UNSET

    success_examples: list[AgentSuccessfulResponseExample] | Unset = UNSET

    failure_examples: list[AgentFailureResponseExample] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "from_conversation_metadata",
            "from_conversation_metadata",
            union(object_of("TestFromConversationMetadataOutput"), NULL),
        ),
        Field("dynamic_variables", "dynamic_variables", object_of("ResponseUnitTestModelDynamicVariables")),
        Field("chat_history", "chat_history", list_of(object_of("ConversationHistoryTranscriptCommonModelOutput"))),
        Field(
            "conversation_initiation_source",
            "conversation_initiation_source",
            union(literal("ConversationInitiationSource"), NULL, STR),
        ),
        Field("environment", "environment", union(STR, NULL)),
        Field("type_", "type", const("llm")),
        Field("success_condition", "success_condition", STR),
        Field("success_examples", "success_examples", list_of(object_of("AgentSuccessfulResponseExample"))),
        Field("failure_examples", "failure_examples", list_of(object_of("AgentFailureResponseExample"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ResponseUnitTestModel, type_="type")


@_attrs_define(slots=False)
class ResponseUnitTestModelDynamicVariables(Lazy, AdditionalProperties[Any]):
    """Dynamic variables to replace in the agent config during testing"""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class SimulationTestModel(Lazy, AdditionalProperties[Any]):
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

    from_conversation_metadata: None | TestFromConversationMetadataOutput | Unset = UNSET

    dynamic_variables: SimulationTestModelDynamicVariables | Unset = UNSET

    chat_history: list[ConversationHistoryTranscriptCommonModelOutput] | Unset = UNSET

    conversation_initiation_source: ConversationInitiationSource | None | str | Unset = UNSET

    environment: None | str | Unset = UNSET

    type_: Literal["simulation"] | Unset = _attrs_field(
        default="simulation",
        kw_only=True,
        alias="type",
        validator=types.tag("SimulationTestModel", "type", "simulation"),
    )

    success_condition: None | str | Unset = UNSET

    success_conditions: list[str] | Unset = UNSET

    simulation_scenario: str | Unset = UNSET

    simulation_max_turns: int | Unset = UNSET

    simulation_environment: None | str | Unset = UNSET

    tool_mock_config: SimulationToolMockBehaviorConfig | Unset = UNSET

    tool_mock_overrides: SimulationTestModelToolMockOverrides | Unset = UNSET

    evaluation_model: Llm | None | str | Unset = UNSET

    simulated_user_model: Llm | None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "from_conversation_metadata",
            "from_conversation_metadata",
            union(object_of("TestFromConversationMetadataOutput"), NULL),
        ),
        Field("dynamic_variables", "dynamic_variables", object_of("SimulationTestModelDynamicVariables")),
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
        Field("tool_mock_overrides", "tool_mock_overrides", object_of("SimulationTestModelToolMockOverrides")),
        Field("evaluation_model", "evaluation_model", union(literal("Llm"), NULL, STR)),
        Field("simulated_user_model", "simulated_user_model", union(literal("Llm"), NULL, STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(SimulationTestModel, type_="type")


@_attrs_define(slots=False)
class SimulationTestModelDynamicVariables(Lazy, AdditionalProperties[Any]):
    """Dynamic variables to replace in the agent config during testing"""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class SimulationTestModelToolMockOverrides(Lazy, AdditionalProperties["list[ToolResponseMockConfigOutput]"]):
    """Test-specific response mocks, keyed by tool ID. Applied ahead of the tool's shared mocks and only within this test.
    Only take effect for tools that are mocked (see tool_mock_config).

    """

    additional_properties: dict[str, list[ToolResponseMockConfigOutput]] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(list_of(object_of("ToolResponseMockConfigOutput")))),
    )


@_attrs_define(slots=False)
class TestConditionRationaleCommonModel(Lazy, AdditionalProperties[Any]):
    """Structured rationale for test condition results containing individual failure/success reasons.

    Attributes:
        messages: List of individual parameter evaluation messages or reasons
        summary: High-level summary of the evaluation result Defaults to empty on the server.
    """

    messages: list[str] | Unset = UNSET

    summary: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("messages", "messages", list_of(STR)),
        Field("summary", "summary", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class TestConditionResultCommonModel(Lazy, AdditionalProperties[Any]):
    result: EvaluationSuccessResult | str

    rationale: None | TestConditionRationaleCommonModel | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("result", "result", union(literal("EvaluationSuccessResult"), STR), required=True),
        Field("rationale", "rationale", union(object_of("TestConditionRationaleCommonModel"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class TestRunMetadata(Lazy, AdditionalProperties[Any]):
    """Attributes:
    test_type: Defaults to 'llm' on the server.
    """

    workspace_id: str

    test_name: str

    ran_by_user_email: str

    test_type: str | TestRunMetadataTestTypeType0 | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("workspace_id", "workspace_id", STR, required=True),
        Field("test_name", "test_name", STR, required=True),
        Field("ran_by_user_email", "ran_by_user_email", STR, required=True),
        Field("test_type", "test_type", union(literal("TestRunMetadataTestTypeType0"), STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class TestRunResultBucket(Lazy, AdditionalProperties[Any]):
    """Attributes:
    title: Short one-line title for this bucket
    reason: Short summary of why the test runs in this bucket passed or failed
    """

    test_run_ids: list[str]

    title: str

    reason: str

    status: str | TestRunStatus

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("test_run_ids", "test_run_ids", list_of(STR), required=True),
        Field("title", "title", STR, required=True),
        Field("reason", "reason", STR, required=True),
        Field("status", "status", union(literal("TestRunStatus"), STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class TestRunResultSummary(Lazy, AdditionalProperties[Any]):
    test_id: str

    test_name: str

    buckets: list[TestRunResultBucket]

    workflow_node_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("test_id", "test_id", STR, required=True),
        Field("test_name", "test_name", STR, required=True),
        Field("buckets", "buckets", list_of(object_of("TestRunResultBucket")), required=True),
        Field("workflow_node_id", "workflow_node_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ToolCallUnitTestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    from_conversation_metadata: Metadata of a conversation this test was created from (if applicable).
    dynamic_variables: Dynamic variables to replace in the agent config during testing
    conversation_initiation_source: Simulate the test as if the conversation originated from this channel.
    environment: The environment to resolve environment-specific variable values against when running this test
        (URL, headers, auth connections). If not provided, defaults to 'production'. For simulation tests,
        simulation_environment takes precedence when set.
    type_:  Default: 'tool'.
    tool_call_parameters: How to evaluate the agent's tool call (if any). If empty, the tool call is not evaluated.
    check_any_tool_matches: If set to True this test will pass if any tool call returned by the LLM matches the
        criteria. Otherwise it will fail if more than one tool is returned by the agent.
    """

    from_conversation_metadata: None | TestFromConversationMetadataOutput | Unset = UNSET

    dynamic_variables: ToolCallUnitTestModelDynamicVariables | Unset = UNSET

    chat_history: list[ConversationHistoryTranscriptCommonModelOutput] | Unset = UNSET

    conversation_initiation_source: ConversationInitiationSource | None | str | Unset = UNSET

    environment: None | str | Unset = UNSET

    type_: Literal["tool"] | Unset = _attrs_field(
        default="tool",
        kw_only=True,
        alias="type",
        validator=types.tag("ToolCallUnitTestModel", "type", "tool"),
    )

    tool_call_parameters: None | UnitTestToolCallEvaluationModelOutput | Unset = UNSET

    check_any_tool_matches: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "from_conversation_metadata",
            "from_conversation_metadata",
            union(object_of("TestFromConversationMetadataOutput"), NULL),
        ),
        Field("dynamic_variables", "dynamic_variables", object_of("ToolCallUnitTestModelDynamicVariables")),
        Field("chat_history", "chat_history", list_of(object_of("ConversationHistoryTranscriptCommonModelOutput"))),
        Field(
            "conversation_initiation_source",
            "conversation_initiation_source",
            union(literal("ConversationInitiationSource"), NULL, STR),
        ),
        Field("environment", "environment", union(STR, NULL)),
        Field("type_", "type", const("tool")),
        Field(
            "tool_call_parameters",
            "tool_call_parameters",
            union(object_of("UnitTestToolCallEvaluationModelOutput"), NULL),
        ),
        Field("check_any_tool_matches", "check_any_tool_matches", union(BOOL, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ToolCallUnitTestModel, type_="type")


@_attrs_define(slots=False)
class ToolCallUnitTestModelDynamicVariables(Lazy, AdditionalProperties[Any]):
    """Dynamic variables to replace in the agent config during testing"""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class UnitTestRunResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    test_name: Defaults to 'Unknown Test' on the server.
    """

    test_run_id: str

    test_invocation_id: str

    agent_id: str

    status: str | TestRunStatus

    test_id: str

    test_info: None | ResponseUnitTestModel | SimulationTestModel | ToolCallUnitTestModel | UnknownVariant | Unset = (
        UNSET
    )

    branch_id: None | str | Unset = UNSET

    workflow_node_id: None | str | Unset = UNSET

    agent_responses: list[ConversationHistoryTranscriptCommonModelOutput] | None | Unset = UNSET

    test_name: str | Unset = UNSET

    condition_result: None | TestConditionResultCommonModel | Unset = UNSET

    last_updated_at_unix: int | Unset = UNSET

    metadata: None | TestRunMetadata | Unset = UNSET

    root_folder_id: None | str | Unset = UNSET

    root_folder_name: None | str | Unset = UNSET

    environment: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("test_run_id", "test_run_id", STR, required=True),
        Field("test_invocation_id", "test_invocation_id", STR, required=True),
        Field("agent_id", "agent_id", STR, required=True),
        Field("status", "status", union(literal("TestRunStatus"), STR), required=True),
        Field("test_id", "test_id", STR, required=True),
        Field(
            "test_info",
            "test_info",
            union(
                object_of("ResponseUnitTestModel"),
                object_of("ToolCallUnitTestModel"),
                object_of("SimulationTestModel"),
                object_of("UnknownVariant"),
                NULL,
            ),
        ),
        Field("branch_id", "branch_id", union(STR, NULL)),
        Field("workflow_node_id", "workflow_node_id", union(STR, NULL)),
        Field(
            "agent_responses",
            "agent_responses",
            union(list_of(object_of("ConversationHistoryTranscriptCommonModelOutput")), NULL),
        ),
        Field("test_name", "test_name", STR),
        Field("condition_result", "condition_result", union(object_of("TestConditionResultCommonModel"), NULL)),
        Field("last_updated_at_unix", "last_updated_at_unix", INT),
        Field("metadata", "metadata", union(object_of("TestRunMetadata"), NULL)),
        Field("root_folder_id", "root_folder_id", union(STR, NULL)),
        Field("root_folder_name", "root_folder_name", union(STR, NULL)),
        Field("environment", "environment", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_failure_response_example import AgentFailureResponseExample
from ..models.agent_successful_response_example import AgentSuccessfulResponseExample
from ..models.conversation_history_transcript_common_model_output import ConversationHistoryTranscriptCommonModelOutput
from ..models.simulation_tool_mock_behavior_config import SimulationToolMockBehaviorConfig
from ..models.test_from_conversation_metadata_output import TestFromConversationMetadataOutput
from ..models.tool_response_mock_config_output import ToolResponseMockConfigOutput
from ..models.unit_test_tool_call_evaluation_model_output import UnitTestToolCallEvaluationModelOutput
from ..models.unknown_variant import UnknownVariant
