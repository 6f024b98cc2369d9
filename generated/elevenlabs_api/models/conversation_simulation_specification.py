from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationSimulationSpecification")


@_attrs_define
class ConversationSimulationSpecification:
    """A specification that will be used to simulate a conversation between an agent and an AI user.

    Attributes:
        simulated_user_config (AgentConfigAPIModelInput):  Example: {'disable_first_message_interruptions': False,
            'first_message': 'Hello, how can I help you today?', 'language': 'en'}.
        tool_mock_config (ConversationSimulationSpecificationToolMockConfig | Unset):
        partial_conversation_history (list[ConversationHistoryTranscriptCommonModel] | Unset): A partial conversation
            history to start the simulation from. If empty, simulation starts fresh.
        dynamic_variables (ConversationSimulationSpecificationDynamicVariables | Unset):
    """

    simulated_user_config: AgentConfigAPIModelInput

    tool_mock_config: ConversationSimulationSpecificationToolMockConfig | Unset = UNSET

    partial_conversation_history: list[ConversationHistoryTranscriptCommonModel] | Unset = UNSET

    dynamic_variables: ConversationSimulationSpecificationDynamicVariables | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        simulated_user_config = self.simulated_user_config.to_dict()

        tool_mock_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_mock_config, Unset):
            tool_mock_config = self.tool_mock_config.to_dict()

        partial_conversation_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partial_conversation_history, Unset):
            partial_conversation_history = []
            for partial_conversation_history_item_data in self.partial_conversation_history:
                partial_conversation_history_item = partial_conversation_history_item_data.to_dict()
                partial_conversation_history.append(partial_conversation_history_item)

        dynamic_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic_variables, Unset):
            dynamic_variables = self.dynamic_variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        d = dict(src_dict)
        simulated_user_config = AgentConfigAPIModelInput.from_dict(d.pop("simulated_user_config"))

        _tool_mock_config = d.pop("tool_mock_config", UNSET)
        tool_mock_config: ConversationSimulationSpecificationToolMockConfig | Unset
        if isinstance(_tool_mock_config, Unset):
            tool_mock_config = UNSET
        else:
            tool_mock_config = ConversationSimulationSpecificationToolMockConfig.from_dict(_tool_mock_config)

        _partial_conversation_history = d.pop("partial_conversation_history", UNSET)
        partial_conversation_history: list[ConversationHistoryTranscriptCommonModel] | Unset = UNSET
        if _partial_conversation_history is not UNSET:
            partial_conversation_history = []
            for partial_conversation_history_item_data in _partial_conversation_history:
                partial_conversation_history_item = ConversationHistoryTranscriptCommonModel.from_dict(
                    partial_conversation_history_item_data
                )

                partial_conversation_history.append(partial_conversation_history_item)

        _dynamic_variables = d.pop("dynamic_variables", UNSET)
        dynamic_variables: ConversationSimulationSpecificationDynamicVariables | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = ConversationSimulationSpecificationDynamicVariables.from_dict(_dynamic_variables)

        conversation_simulation_specification = cls(
            simulated_user_config=simulated_user_config,
            tool_mock_config=tool_mock_config,
            partial_conversation_history=partial_conversation_history,
            dynamic_variables=dynamic_variables,
        )
        conversation_simulation_specification.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_config_api_model_input import AgentConfigAPIModelInput
from ..models.conversation_history_transcript_common_model import ConversationHistoryTranscriptCommonModel
from ..models.conversation_simulation_specification_dynamic_variables import (
    ConversationSimulationSpecificationDynamicVariables,
)
from ..models.conversation_simulation_specification_tool_mock_config import (
    ConversationSimulationSpecificationToolMockConfig,
)
