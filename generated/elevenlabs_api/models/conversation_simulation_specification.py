from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationSimulationSpecification")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationSimulationSpecification(Lazy):
    """A specification that will be used to simulate a conversation between an agent and an AI user.

    Attributes:
        simulated_user_config (AgentConfig):  Example: {'disable_first_message_interruptions': False, 'first_message':
            'Hello, how can I help you today?', 'language': 'en'}.
        tool_mock_config (ConversationSimulationSpecificationToolMockConfig | Unset):
        partial_conversation_history (list[ConversationHistoryTranscriptCommonModelInput] | Unset): A partial
            conversation history to start the simulation from. If empty, simulation starts fresh.
        dynamic_variables (ConversationSimulationSpecificationDynamicVariables | Unset):
    """

    simulated_user_config: AgentConfig

    tool_mock_config: ConversationSimulationSpecificationToolMockConfig | Unset = UNSET

    partial_conversation_history: list[ConversationHistoryTranscriptCommonModelInput] | Unset = UNSET

    dynamic_variables: ConversationSimulationSpecificationDynamicVariables | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("simulated_user_config",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        simulated_user_config: Any
        try:
            simulated_user_config = self.simulated_user_config.to_dict()
        except (AttributeError, TypeError):
            simulated_user_config = self.simulated_user_config

        tool_mock_config: Any
        try:
            tool_mock_config = UNSET
            if not isinstance(self.tool_mock_config, Unset):
                tool_mock_config = self.tool_mock_config.to_dict()
        except (AttributeError, TypeError):
            tool_mock_config = self.tool_mock_config

        partial_conversation_history: Any
        try:
            partial_conversation_history = UNSET
            if not isinstance(self.partial_conversation_history, Unset):
                partial_conversation_history = []
                for partial_conversation_history_item_data in self.partial_conversation_history:
                    partial_conversation_history_item = partial_conversation_history_item_data.to_dict()
                    partial_conversation_history.append(partial_conversation_history_item)

        except (AttributeError, TypeError):
            partial_conversation_history = self.partial_conversation_history

        dynamic_variables: Any
        try:
            dynamic_variables = UNSET
            if not isinstance(self.dynamic_variables, Unset):
                dynamic_variables = self.dynamic_variables.to_dict()
        except (AttributeError, TypeError):
            dynamic_variables = self.dynamic_variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if simulated_user_config is not None or "simulated_user_config" not in self._missing_fields:
            field_dict["simulated_user_config"] = simulated_user_config
        if tool_mock_config is not UNSET:
            field_dict["tool_mock_config"] = tool_mock_config
        if partial_conversation_history is not UNSET:
            field_dict["partial_conversation_history"] = partial_conversation_history
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_simulation_specification = cls.__new__(cls)
        conversation_simulation_specification.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_simulation_specification

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


def _read_simulated_user_config(cls: type[ConversationSimulationSpecification], d: Mapping[str, Any]) -> Any:
    simulated_user_config_raw = d.get("simulated_user_config", MISSING)
    if simulated_user_config_raw is MISSING:
        simulated_user_config = missing_field(cls, "simulated_user_config")
    else:
        try:
            simulated_user_config = AgentConfig.from_dict(simulated_user_config_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            simulated_user_config = deviating_field(cls, "simulated_user_config", simulated_user_config_raw)

    return simulated_user_config


def _read_tool_mock_config(cls: type[ConversationSimulationSpecification], d: Mapping[str, Any]) -> Any:
    tool_mock_config_raw = d.get("tool_mock_config", UNSET)
    try:
        _tool_mock_config = tool_mock_config_raw
        tool_mock_config: ConversationSimulationSpecificationToolMockConfig | Unset
        if isinstance(_tool_mock_config, Unset):
            tool_mock_config = UNSET
        else:
            tool_mock_config = ConversationSimulationSpecificationToolMockConfig.from_dict(_tool_mock_config)
    except (KeyError, TypeError, ValueError, AttributeError):
        tool_mock_config = deviating_field(cls, "tool_mock_config", tool_mock_config_raw)

    return tool_mock_config


def _read_partial_conversation_history(cls: type[ConversationSimulationSpecification], d: Mapping[str, Any]) -> Any:
    partial_conversation_history_raw = d.get("partial_conversation_history", UNSET)
    try:
        expect_array("partial_conversation_history", partial_conversation_history_raw)
        _partial_conversation_history = partial_conversation_history_raw
        partial_conversation_history: list[ConversationHistoryTranscriptCommonModelInput] | Unset = UNSET
        if _partial_conversation_history is not UNSET:
            partial_conversation_history = []
            for partial_conversation_history_item_data in _partial_conversation_history:
                partial_conversation_history_item = ConversationHistoryTranscriptCommonModelInput.from_dict(
                    partial_conversation_history_item_data
                )

                partial_conversation_history.append(partial_conversation_history_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        partial_conversation_history = deviating_field(
            cls, "partial_conversation_history", partial_conversation_history_raw
        )

    return partial_conversation_history


def _read_dynamic_variables(cls: type[ConversationSimulationSpecification], d: Mapping[str, Any]) -> Any:
    dynamic_variables_raw = d.get("dynamic_variables", UNSET)
    try:
        _dynamic_variables = dynamic_variables_raw
        dynamic_variables: ConversationSimulationSpecificationDynamicVariables | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = ConversationSimulationSpecificationDynamicVariables.from_dict(_dynamic_variables)
    except (KeyError, TypeError, ValueError, AttributeError):
        dynamic_variables = deviating_field(cls, "dynamic_variables", dynamic_variables_raw)

    return dynamic_variables


_FIELDS: frozenset[str] = frozenset(
    (
        "simulated_user_config",
        "tool_mock_config",
        "partial_conversation_history",
        "dynamic_variables",
    )
)


def _read_additional_properties(cls: type[ConversationSimulationSpecification], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationSimulationSpecification], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "simulated_user_config" in known:
        simulated_user_config = known["simulated_user_config"]
    else:
        simulated_user_config = _read_simulated_user_config(cls, d)

    if "tool_mock_config" in known:
        tool_mock_config = known["tool_mock_config"]
    else:
        tool_mock_config = d.get("tool_mock_config", UNSET)
        if tool_mock_config is not UNSET:
            tool_mock_config = _read_tool_mock_config(cls, d)

    if "partial_conversation_history" in known:
        partial_conversation_history = known["partial_conversation_history"]
    else:
        partial_conversation_history = d.get("partial_conversation_history", UNSET)
        if partial_conversation_history is not UNSET:
            partial_conversation_history = _read_partial_conversation_history(cls, d)

    if "dynamic_variables" in known:
        dynamic_variables = known["dynamic_variables"]
    else:
        dynamic_variables = d.get("dynamic_variables", UNSET)
        if dynamic_variables is not UNSET:
            dynamic_variables = _read_dynamic_variables(cls, d)

    return {
        "simulated_user_config": simulated_user_config,
        "tool_mock_config": tool_mock_config,
        "partial_conversation_history": partial_conversation_history,
        "dynamic_variables": dynamic_variables,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ConversationSimulationSpecification,
    _all_fields,
    {
        "simulated_user_config": _read_simulated_user_config,
        "tool_mock_config": _read_tool_mock_config,
        "partial_conversation_history": _read_partial_conversation_history,
        "dynamic_variables": _read_dynamic_variables,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_config import AgentConfig
from ..models.conversation_history_transcript_common_model_input import ConversationHistoryTranscriptCommonModelInput
from ..models.conversation_simulation_specification_dynamic_variables import (
    ConversationSimulationSpecificationDynamicVariables,
)
from ..models.conversation_simulation_specification_tool_mock_config import (
    ConversationSimulationSpecificationToolMockConfig,
)
