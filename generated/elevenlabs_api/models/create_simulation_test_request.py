from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import ConversationInitiationSource, Llm, check_conversation_initiation_source, check_llm
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    expect_array,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CreateSimulationTestRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CreateSimulationTestRequest(Lazy):
    """Attributes:
    name (str):
    from_conversation_metadata (None | TestFromConversationMetadataInput | Unset): Metadata of a conversation this
        test was created from (if applicable).
    dynamic_variables (CreateSimulationTestRequestDynamicVariables | Unset): Dynamic variables to replace in the
        agent config during testing
    chat_history (list[ConversationHistoryTranscriptCommonModelInput] | Unset):
    conversation_initiation_source (ConversationInitiationSource | None | Unset): Simulate the test as if the
        conversation originated from this channel.
    environment (None | str | Unset): The environment to resolve environment-specific variable values against when
        running this test (URL, headers, auth connections). If not provided, defaults to 'production'. For simulation
        tests, simulation_environment takes precedence when set.
    type_ (Literal['simulation'] | Unset):  Default: 'simulation'.
    success_condition (None | str | Unset): Deprecated legacy single success criterion. Use success_conditions
        instead. At least one of success_condition or success_conditions is required.
    success_conditions (list[str] | Unset): List of prompts that evaluate whether the simulation was successful. If
        provided, all criteria are evaluated and merged into a final result. Capped at the maximum number of evaluation
        criteria.
    simulation_scenario (str | Unset): Description of the simulation scenario and user persona for simulation tests.
        Defaults to empty on the server.
    simulation_max_turns (int | Unset): Maximum number of conversation turns for simulation tests. Defaults to 5 on
        the server.
    simulation_environment (None | str | Unset): The environment to use when running this simulation test. If not
        provided, defaults to 'production'.
    tool_mock_config (SimulationToolMockBehaviorConfig | Unset): Simulation/preview-side config: tools are
        identified by IDs, resolved to names at runtime.
    tool_mock_overrides (CreateSimulationTestRequestToolMockOverrides | Unset): Test-specific response mocks, keyed
        by tool ID. Applied ahead of the tool's shared mocks and only within this test. Only take effect for tools that
        are mocked (see tool_mock_config).
    evaluation_model (Llm | None | Unset): LLM model to use for evaluating simulation results.
    simulated_user_model (Llm | None | Unset): LLM model for the simulated user.
    parent_folder_id (None | str | Unset): The ID of the parent folder. If not provided, the test will be created at
        the root level.
    """

    name: str

    from_conversation_metadata: None | TestFromConversationMetadataInput | Unset = UNSET

    dynamic_variables: CreateSimulationTestRequestDynamicVariables | Unset = UNSET

    chat_history: list[ConversationHistoryTranscriptCommonModelInput] | Unset = UNSET

    conversation_initiation_source: ConversationInitiationSource | None | Unset = UNSET

    environment: None | str | Unset = UNSET

    type_: Literal["simulation"] | Unset = _attrs_field(
        default="simulation",
        kw_only=True,
        alias="type",
        validator=types.tag("CreateSimulationTestRequest", "type", "simulation"),
    )

    success_condition: None | str | Unset = UNSET

    success_conditions: list[str] | Unset = UNSET

    simulation_scenario: str | Unset = UNSET

    simulation_max_turns: int | Unset = UNSET

    simulation_environment: None | str | Unset = UNSET

    tool_mock_config: SimulationToolMockBehaviorConfig | Unset = UNSET

    tool_mock_overrides: CreateSimulationTestRequestToolMockOverrides | Unset = UNSET

    evaluation_model: Llm | None | Unset = UNSET

    simulated_user_model: Llm | None | Unset = UNSET

    parent_folder_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("name",)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "simulation")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        from_conversation_metadata: Any
        try:
            if isinstance(self.from_conversation_metadata, Unset):
                from_conversation_metadata = UNSET
            elif isinstance(self.from_conversation_metadata, TestFromConversationMetadataInput):
                from_conversation_metadata = self.from_conversation_metadata.to_dict()
            else:
                from_conversation_metadata = self.from_conversation_metadata

        except (AttributeError, TypeError):
            from_conversation_metadata = self.from_conversation_metadata

        dynamic_variables: Any
        try:
            dynamic_variables = UNSET
            if not isinstance(self.dynamic_variables, Unset):
                dynamic_variables = self.dynamic_variables.to_dict()
        except (AttributeError, TypeError):
            dynamic_variables = self.dynamic_variables

        chat_history: Any
        try:
            chat_history = UNSET
            if not isinstance(self.chat_history, Unset):
                chat_history = []
                for chat_history_item_data in self.chat_history:
                    chat_history_item = chat_history_item_data.to_dict()
                    chat_history.append(chat_history_item)

        except (AttributeError, TypeError):
            chat_history = self.chat_history

        conversation_initiation_source: Any
        try:
            if isinstance(self.conversation_initiation_source, Unset):
                conversation_initiation_source = UNSET
            elif isinstance(self.conversation_initiation_source, str):
                conversation_initiation_source = self.conversation_initiation_source
            else:
                conversation_initiation_source = self.conversation_initiation_source

        except (AttributeError, TypeError):
            conversation_initiation_source = self.conversation_initiation_source

        environment: Any
        try:
            environment = self.environment

        except (AttributeError, TypeError):
            environment = self.environment

        type_ = self.type_

        success_condition: Any
        try:
            success_condition = self.success_condition

        except (AttributeError, TypeError):
            success_condition = self.success_condition

        success_conditions: Any
        try:
            success_conditions = UNSET
            if not isinstance(self.success_conditions, Unset):
                success_conditions = self.success_conditions

        except (AttributeError, TypeError):
            success_conditions = self.success_conditions

        simulation_scenario = self.simulation_scenario

        simulation_max_turns = self.simulation_max_turns

        simulation_environment: Any
        try:
            simulation_environment = self.simulation_environment

        except (AttributeError, TypeError):
            simulation_environment = self.simulation_environment

        tool_mock_config: Any
        try:
            tool_mock_config = UNSET
            if not isinstance(self.tool_mock_config, Unset):
                tool_mock_config = self.tool_mock_config.to_dict()
        except (AttributeError, TypeError):
            tool_mock_config = self.tool_mock_config

        tool_mock_overrides: Any
        try:
            tool_mock_overrides = UNSET
            if not isinstance(self.tool_mock_overrides, Unset):
                tool_mock_overrides = self.tool_mock_overrides.to_dict()
        except (AttributeError, TypeError):
            tool_mock_overrides = self.tool_mock_overrides

        evaluation_model: Any
        try:
            if isinstance(self.evaluation_model, Unset):
                evaluation_model = UNSET
            elif isinstance(self.evaluation_model, str):
                evaluation_model = self.evaluation_model
            else:
                evaluation_model = self.evaluation_model

        except (AttributeError, TypeError):
            evaluation_model = self.evaluation_model

        simulated_user_model: Any
        try:
            if isinstance(self.simulated_user_model, Unset):
                simulated_user_model = UNSET
            elif isinstance(self.simulated_user_model, str):
                simulated_user_model = self.simulated_user_model
            else:
                simulated_user_model = self.simulated_user_model

        except (AttributeError, TypeError):
            simulated_user_model = self.simulated_user_model

        parent_folder_id: Any
        try:
            parent_folder_id = self.parent_folder_id

        except (AttributeError, TypeError):
            parent_folder_id = self.parent_folder_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if from_conversation_metadata is not UNSET:
            field_dict["from_conversation_metadata"] = from_conversation_metadata
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables
        if chat_history is not UNSET:
            field_dict["chat_history"] = chat_history
        if conversation_initiation_source is not UNSET:
            field_dict["conversation_initiation_source"] = conversation_initiation_source
        if environment is not UNSET:
            field_dict["environment"] = environment
        if type_ is not UNSET:
            field_dict["type"] = type_
        if success_condition is not UNSET:
            field_dict["success_condition"] = success_condition
        if success_conditions is not UNSET:
            field_dict["success_conditions"] = success_conditions
        if simulation_scenario is not UNSET:
            field_dict["simulation_scenario"] = simulation_scenario
        if simulation_max_turns is not UNSET:
            field_dict["simulation_max_turns"] = simulation_max_turns
        if simulation_environment is not UNSET:
            field_dict["simulation_environment"] = simulation_environment
        if tool_mock_config is not UNSET:
            field_dict["tool_mock_config"] = tool_mock_config
        if tool_mock_overrides is not UNSET:
            field_dict["tool_mock_overrides"] = tool_mock_overrides
        if evaluation_model is not UNSET:
            field_dict["evaluation_model"] = evaluation_model
        if simulated_user_model is not UNSET:
            field_dict["simulated_user_model"] = simulated_user_model
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        create_simulation_test_request = cls.__new__(cls)
        create_simulation_test_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return create_simulation_test_request

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


def _read_type_(cls: type[CreateSimulationTestRequest], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["simulation"] | Unset, type__raw)
    if type_ != "simulation" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'simulation', got '{type_}'")

    return type_


_read_name = plain_reader("name", (str,), "a string", True)


def _read_from_conversation_metadata(cls: type[CreateSimulationTestRequest], d: Mapping[str, Any]) -> Any:
    from_conversation_metadata_raw = d.get("from_conversation_metadata", UNSET)
    try:

        def _parse_from_conversation_metadata(data: object) -> None | TestFromConversationMetadataInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            from_conversation_metadata_type_0 = TestFromConversationMetadataInput.from_dict(data)

            return from_conversation_metadata_type_0

        from_conversation_metadata = _parse_from_conversation_metadata(from_conversation_metadata_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        from_conversation_metadata = deviating_field(cls, "from_conversation_metadata", from_conversation_metadata_raw)

    return from_conversation_metadata


def _read_dynamic_variables(cls: type[CreateSimulationTestRequest], d: Mapping[str, Any]) -> Any:
    dynamic_variables_raw = d.get("dynamic_variables", UNSET)
    try:
        _dynamic_variables = dynamic_variables_raw
        dynamic_variables: CreateSimulationTestRequestDynamicVariables | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = CreateSimulationTestRequestDynamicVariables.from_dict(_dynamic_variables)
    except (KeyError, TypeError, ValueError, AttributeError):
        dynamic_variables = deviating_field(cls, "dynamic_variables", dynamic_variables_raw)

    return dynamic_variables


def _read_chat_history(cls: type[CreateSimulationTestRequest], d: Mapping[str, Any]) -> Any:
    chat_history_raw = d.get("chat_history", UNSET)
    try:
        expect_array("chat_history", chat_history_raw)
        _chat_history = chat_history_raw
        chat_history: list[ConversationHistoryTranscriptCommonModelInput] | Unset = UNSET
        if _chat_history is not UNSET:
            chat_history = []
            for chat_history_item_data in _chat_history:
                chat_history_item = ConversationHistoryTranscriptCommonModelInput.from_dict(chat_history_item_data)

                chat_history.append(chat_history_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        chat_history = deviating_field(cls, "chat_history", chat_history_raw)

    return chat_history


def _read_conversation_initiation_source(cls: type[CreateSimulationTestRequest], d: Mapping[str, Any]) -> Any:
    conversation_initiation_source_raw = d.get("conversation_initiation_source", UNSET)
    try:

        def _parse_conversation_initiation_source(data: object) -> ConversationInitiationSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            conversation_initiation_source_type_0 = check_conversation_initiation_source(data)

            return conversation_initiation_source_type_0

        conversation_initiation_source = _parse_conversation_initiation_source(conversation_initiation_source_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        conversation_initiation_source = deviating_field(
            cls, "conversation_initiation_source", conversation_initiation_source_raw
        )

    return conversation_initiation_source


_read_environment = plain_reader(
    "environment",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_success_condition = plain_reader(
    "success_condition",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_success_conditions = plain_reader("success_conditions", (list,), "an array", False, ((str,), "a string"))

_read_simulation_scenario = plain_reader("simulation_scenario", (str,), "a string", False)

_read_simulation_max_turns = plain_reader("simulation_max_turns", (int,), "an integer", False)

_read_simulation_environment = plain_reader(
    "simulation_environment",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_tool_mock_config(cls: type[CreateSimulationTestRequest], d: Mapping[str, Any]) -> Any:
    tool_mock_config_raw = d.get("tool_mock_config", UNSET)
    try:
        _tool_mock_config = tool_mock_config_raw
        tool_mock_config: SimulationToolMockBehaviorConfig | Unset
        if isinstance(_tool_mock_config, Unset):
            tool_mock_config = UNSET
        else:
            tool_mock_config = SimulationToolMockBehaviorConfig.from_dict(_tool_mock_config)
    except (KeyError, TypeError, ValueError, AttributeError):
        tool_mock_config = deviating_field(cls, "tool_mock_config", tool_mock_config_raw)

    return tool_mock_config


def _read_tool_mock_overrides(cls: type[CreateSimulationTestRequest], d: Mapping[str, Any]) -> Any:
    tool_mock_overrides_raw = d.get("tool_mock_overrides", UNSET)
    try:
        _tool_mock_overrides = tool_mock_overrides_raw
        tool_mock_overrides: CreateSimulationTestRequestToolMockOverrides | Unset
        if isinstance(_tool_mock_overrides, Unset):
            tool_mock_overrides = UNSET
        else:
            tool_mock_overrides = CreateSimulationTestRequestToolMockOverrides.from_dict(_tool_mock_overrides)
    except (KeyError, TypeError, ValueError, AttributeError):
        tool_mock_overrides = deviating_field(cls, "tool_mock_overrides", tool_mock_overrides_raw)

    return tool_mock_overrides


def _read_evaluation_model(cls: type[CreateSimulationTestRequest], d: Mapping[str, Any]) -> Any:
    evaluation_model_raw = d.get("evaluation_model", UNSET)
    try:

        def _parse_evaluation_model(data: object) -> Llm | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            evaluation_model_type_0 = check_llm(data)

            return evaluation_model_type_0

        evaluation_model = _parse_evaluation_model(evaluation_model_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        evaluation_model = deviating_field(cls, "evaluation_model", evaluation_model_raw)

    return evaluation_model


def _read_simulated_user_model(cls: type[CreateSimulationTestRequest], d: Mapping[str, Any]) -> Any:
    simulated_user_model_raw = d.get("simulated_user_model", UNSET)
    try:

        def _parse_simulated_user_model(data: object) -> Llm | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            simulated_user_model_type_0 = check_llm(data)

            return simulated_user_model_type_0

        simulated_user_model = _parse_simulated_user_model(simulated_user_model_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        simulated_user_model = deviating_field(cls, "simulated_user_model", simulated_user_model_raw)

    return simulated_user_model


_read_parent_folder_id = plain_reader(
    "parent_folder_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "from_conversation_metadata",
        "dynamic_variables",
        "chat_history",
        "conversation_initiation_source",
        "environment",
        "type",
        "success_condition",
        "success_conditions",
        "simulation_scenario",
        "simulation_max_turns",
        "simulation_environment",
        "tool_mock_config",
        "tool_mock_overrides",
        "evaluation_model",
        "simulated_user_model",
        "parent_folder_id",
    )
)


def _read_additional_properties(cls: type[CreateSimulationTestRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[CreateSimulationTestRequest], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    if "from_conversation_metadata" in known:
        from_conversation_metadata = known["from_conversation_metadata"]
    else:
        from_conversation_metadata = d.get("from_conversation_metadata", UNSET)
        if from_conversation_metadata is not UNSET and from_conversation_metadata is not None:
            from_conversation_metadata = _read_from_conversation_metadata(cls, d)

    if "dynamic_variables" in known:
        dynamic_variables = known["dynamic_variables"]
    else:
        dynamic_variables = d.get("dynamic_variables", UNSET)
        if dynamic_variables is not UNSET:
            dynamic_variables = _read_dynamic_variables(cls, d)

    if "chat_history" in known:
        chat_history = known["chat_history"]
    else:
        chat_history = d.get("chat_history", UNSET)
        if chat_history is not UNSET:
            chat_history = _read_chat_history(cls, d)

    if "conversation_initiation_source" in known:
        conversation_initiation_source = known["conversation_initiation_source"]
    else:
        conversation_initiation_source = d.get("conversation_initiation_source", UNSET)
        if conversation_initiation_source is not UNSET and conversation_initiation_source is not None:
            conversation_initiation_source = _read_conversation_initiation_source(cls, d)

    environment = d.get("environment", UNSET)
    if environment.__class__ is not str and environment is not None and environment is not UNSET:
        environment = _read_environment(cls, d)

    success_condition = d.get("success_condition", UNSET)
    if success_condition.__class__ is not str and success_condition is not None and success_condition is not UNSET:
        success_condition = _read_success_condition(cls, d)

    success_conditions = d.get("success_conditions", UNSET)
    if success_conditions.__class__ is not list and success_conditions is not UNSET:
        success_conditions = _read_success_conditions(cls, d)
    elif success_conditions.__class__ is list and success_conditions:
        check_items(cls, "success_conditions", success_conditions, (str,), "a string")

    simulation_scenario = d.get("simulation_scenario", UNSET)
    if simulation_scenario.__class__ is not str and simulation_scenario is not UNSET:
        simulation_scenario = _read_simulation_scenario(cls, d)

    simulation_max_turns = d.get("simulation_max_turns", UNSET)
    if simulation_max_turns.__class__ is not int and simulation_max_turns is not UNSET:
        simulation_max_turns = _read_simulation_max_turns(cls, d)

    simulation_environment = d.get("simulation_environment", UNSET)
    if (
        simulation_environment.__class__ is not str
        and simulation_environment is not None
        and simulation_environment is not UNSET
    ):
        simulation_environment = _read_simulation_environment(cls, d)

    if "tool_mock_config" in known:
        tool_mock_config = known["tool_mock_config"]
    else:
        tool_mock_config = d.get("tool_mock_config", UNSET)
        if tool_mock_config is not UNSET:
            tool_mock_config = _read_tool_mock_config(cls, d)

    if "tool_mock_overrides" in known:
        tool_mock_overrides = known["tool_mock_overrides"]
    else:
        tool_mock_overrides = d.get("tool_mock_overrides", UNSET)
        if tool_mock_overrides is not UNSET:
            tool_mock_overrides = _read_tool_mock_overrides(cls, d)

    if "evaluation_model" in known:
        evaluation_model = known["evaluation_model"]
    else:
        evaluation_model = d.get("evaluation_model", UNSET)
        if evaluation_model is not UNSET and evaluation_model is not None:
            evaluation_model = _read_evaluation_model(cls, d)

    if "simulated_user_model" in known:
        simulated_user_model = known["simulated_user_model"]
    else:
        simulated_user_model = d.get("simulated_user_model", UNSET)
        if simulated_user_model is not UNSET and simulated_user_model is not None:
            simulated_user_model = _read_simulated_user_model(cls, d)

    parent_folder_id = d.get("parent_folder_id", UNSET)
    if parent_folder_id.__class__ is not str and parent_folder_id is not None and parent_folder_id is not UNSET:
        parent_folder_id = _read_parent_folder_id(cls, d)

    return {
        "name": name,
        "from_conversation_metadata": from_conversation_metadata,
        "dynamic_variables": dynamic_variables,
        "chat_history": chat_history,
        "conversation_initiation_source": conversation_initiation_source,
        "environment": environment,
        "type_": type_,
        "success_condition": success_condition,
        "success_conditions": success_conditions,
        "simulation_scenario": simulation_scenario,
        "simulation_max_turns": simulation_max_turns,
        "simulation_environment": simulation_environment,
        "tool_mock_config": tool_mock_config,
        "tool_mock_overrides": tool_mock_overrides,
        "evaluation_model": evaluation_model,
        "simulated_user_model": simulated_user_model,
        "parent_folder_id": parent_folder_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(CreateSimulationTestRequest, type_="type")

set_readers(
    CreateSimulationTestRequest,
    _all_fields,
    {
        "name": _read_name,
        "from_conversation_metadata": _read_from_conversation_metadata,
        "dynamic_variables": _read_dynamic_variables,
        "chat_history": _read_chat_history,
        "conversation_initiation_source": _read_conversation_initiation_source,
        "environment": _read_environment,
        "type_": _read_type_,
        "success_condition": _read_success_condition,
        "success_conditions": _read_success_conditions,
        "simulation_scenario": _read_simulation_scenario,
        "simulation_max_turns": _read_simulation_max_turns,
        "simulation_environment": _read_simulation_environment,
        "tool_mock_config": _read_tool_mock_config,
        "tool_mock_overrides": _read_tool_mock_overrides,
        "evaluation_model": _read_evaluation_model,
        "simulated_user_model": _read_simulated_user_model,
        "parent_folder_id": _read_parent_folder_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_transcript_common_model_input import ConversationHistoryTranscriptCommonModelInput
from ..models.create_simulation_test_request_dynamic_variables import CreateSimulationTestRequestDynamicVariables
from ..models.create_simulation_test_request_tool_mock_overrides import CreateSimulationTestRequestToolMockOverrides
from ..models.simulation_tool_mock_behavior_config import SimulationToolMockBehaviorConfig
from ..models.test_from_conversation_metadata_input import TestFromConversationMetadataInput
