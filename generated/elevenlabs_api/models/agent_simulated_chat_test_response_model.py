from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AgentSimulatedChatTestResponseModel")


@_attrs_define
class AgentSimulatedChatTestResponseModel:
    """Attributes:
    simulated_conversation (list[ConversationHistoryTranscriptResponseModel]):
    analysis (ConversationHistoryAnalysisCommonModel):
    """

    simulated_conversation: list[ConversationHistoryTranscriptResponseModel]

    analysis: ConversationHistoryAnalysisCommonModel

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        simulated_conversation = []
        for simulated_conversation_item_data in self.simulated_conversation:
            simulated_conversation_item = simulated_conversation_item_data.to_dict()
            simulated_conversation.append(simulated_conversation_item)

        analysis = self.analysis.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["simulated_conversation"] = simulated_conversation
        field_dict["analysis"] = analysis
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        simulated_conversation = []
        _simulated_conversation = d.pop("simulated_conversation")
        for simulated_conversation_item_data in _simulated_conversation:
            simulated_conversation_item = ConversationHistoryTranscriptResponseModel.from_dict(
                simulated_conversation_item_data
            )

            simulated_conversation.append(simulated_conversation_item)

        analysis = ConversationHistoryAnalysisCommonModel.from_dict(d.pop("analysis"))

        agent_simulated_chat_test_response_model = cls(
            simulated_conversation=simulated_conversation,
            analysis=analysis,
        )
        agent_simulated_chat_test_response_model.additional_properties = d
        return agent_simulated_chat_test_response_model

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
from ..models.conversation_history_analysis_common_model import ConversationHistoryAnalysisCommonModel
from ..models.conversation_history_transcript_response_model import ConversationHistoryTranscriptResponseModel
