from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentSimulatedChatTestResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentSimulatedChatTestResponseModel(Lazy):
    """Attributes:
    simulated_conversation (list[ConversationHistoryTranscriptResponseModel]):
    analysis (ConversationHistoryAnalysisCommonModel):
    """

    simulated_conversation: list[ConversationHistoryTranscriptResponseModel]

    analysis: ConversationHistoryAnalysisCommonModel

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "simulated_conversation",
        "analysis",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_simulated_chat_test_response_model = cls.__new__(cls)
        agent_simulated_chat_test_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_simulated_conversation(cls: type[AgentSimulatedChatTestResponseModel], d: Mapping[str, Any]) -> Any:
    simulated_conversation_raw = d.get("simulated_conversation", MISSING)
    if simulated_conversation_raw is MISSING:
        simulated_conversation = missing_field(cls, "simulated_conversation")
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

    return simulated_conversation


def _read_analysis(cls: type[AgentSimulatedChatTestResponseModel], d: Mapping[str, Any]) -> Any:
    analysis_raw = d.get("analysis", MISSING)
    if analysis_raw is MISSING:
        analysis = missing_field(cls, "analysis")
    else:
        try:
            analysis = ConversationHistoryAnalysisCommonModel.from_dict(analysis_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            analysis = deviating_field(cls, "analysis", analysis_raw)

    return analysis


_FIELDS: frozenset[str] = frozenset(
    (
        "simulated_conversation",
        "analysis",
    )
)


def _read_additional_properties(cls: type[AgentSimulatedChatTestResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AgentSimulatedChatTestResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "simulated_conversation" in known:
        simulated_conversation = known["simulated_conversation"]
    else:
        simulated_conversation = _read_simulated_conversation(cls, d)

    if "analysis" in known:
        analysis = known["analysis"]
    else:
        analysis = _read_analysis(cls, d)

    return {
        "simulated_conversation": simulated_conversation,
        "analysis": analysis,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AgentSimulatedChatTestResponseModel,
    _all_fields,
    {
        "simulated_conversation": _read_simulated_conversation,
        "analysis": _read_analysis,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_analysis_common_model import ConversationHistoryAnalysisCommonModel
from ..models.conversation_history_transcript_response_model import ConversationHistoryTranscriptResponseModel
