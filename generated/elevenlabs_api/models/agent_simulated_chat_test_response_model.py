from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        simulated_conversation: Any
        try:
            simulated_conversation = []
            for simulated_conversation_item_data in self.simulated_conversation:
                simulated_conversation_item = simulated_conversation_item_data.to_dict()
                simulated_conversation.append(simulated_conversation_item)

        except (AttributeError, TypeError):
            simulated_conversation = self.simulated_conversation

        analysis: Any
        try:
            analysis = self.analysis.to_dict()
        except (AttributeError, TypeError):
            analysis = self.analysis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if simulated_conversation is not None or "simulated_conversation" not in self._missing_fields:
            field_dict["simulated_conversation"] = simulated_conversation
        if analysis is not None or "analysis" not in self._missing_fields:
            field_dict["analysis"] = analysis
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        simulated_conversation_raw = d.pop("simulated_conversation", MISSING)
        if simulated_conversation_raw is MISSING:
            simulated_conversation = missing_field(cls, "simulated_conversation")
            _missing += ("simulated_conversation",)
        else:
            try:
                expect_array("simulated_conversation", simulated_conversation_raw)
                simulated_conversation = []
                _simulated_conversation = simulated_conversation_raw
                for simulated_conversation_item_data in _simulated_conversation:
                    simulated_conversation_item = ConversationHistoryTranscriptResponseModel.from_dict(
                        simulated_conversation_item_data
                    )

                    simulated_conversation.append(simulated_conversation_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                simulated_conversation = deviating_field(cls, "simulated_conversation", simulated_conversation_raw)

        analysis_raw = d.pop("analysis", MISSING)
        if analysis_raw is MISSING:
            analysis = missing_field(cls, "analysis")
            _missing += ("analysis",)
        else:
            try:
                analysis = ConversationHistoryAnalysisCommonModel.from_dict(analysis_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                analysis = deviating_field(cls, "analysis", analysis_raw)

        agent_simulated_chat_test_response_model = cls(
            simulated_conversation=simulated_conversation,
            analysis=analysis,
        )
        if _missing:
            agent_simulated_chat_test_response_model._missing_fields = _missing
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
