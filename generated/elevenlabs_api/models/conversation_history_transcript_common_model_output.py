from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ConversationHistoryTranscriptCommonModelOutputRole,
    ConversationHistoryTranscriptCommonModelOutputSourceMedium,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationHistoryTranscriptCommonModelOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationHistoryTranscriptCommonModelOutput(Lazy):
    """Attributes:
    role (ConversationHistoryTranscriptCommonModelOutputRole | str):
    time_in_call_secs (int):
    agent_metadata (AgentMetadata | None | Unset):
    message (None | str | Unset):
    multivoice_message (ConversationHistoryMultivoiceMessageModel | None | Unset):
    tool_calls (list[ConversationHistoryTranscriptToolCallCommonModelOutput] | Unset):
    tool_results (list[ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel |
        ConversationHistoryTranscriptOtherToolsResultCommonModel |
        ConversationHistoryTranscriptSystemToolResultCommonModel |
        ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput | UnknownVariant] | Unset):
    feedback (None | Unset | UserFeedback):
    llm_override (None | str | Unset):
    conversation_turn_metrics (ConversationTurnMetrics | None | Unset):
    rag_retrieval_info (None | RagRetrievalInfo | Unset):
    llm_usage (LlmUsageOutput | None | Unset):
    interrupted (bool | Unset): Defaults to False on the server.
    original_message (None | str | Unset):
    source_medium (ConversationHistoryTranscriptCommonModelOutputSourceMedium | None | str | Unset):
    """

    role: ConversationHistoryTranscriptCommonModelOutputRole | str

    time_in_call_secs: int

    agent_metadata: AgentMetadata | None | Unset = UNSET

    message: None | str | Unset = UNSET

    multivoice_message: ConversationHistoryMultivoiceMessageModel | None | Unset = UNSET

    tool_calls: list[ConversationHistoryTranscriptToolCallCommonModelOutput] | Unset = UNSET

    tool_results: (
        list[
            ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel
            | ConversationHistoryTranscriptOtherToolsResultCommonModel
            | ConversationHistoryTranscriptSystemToolResultCommonModel
            | ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput
            | UnknownVariant
        ]
        | Unset
    ) = UNSET

    feedback: None | Unset | UserFeedback = UNSET

    llm_override: None | str | Unset = UNSET

    conversation_turn_metrics: ConversationTurnMetrics | None | Unset = UNSET

    rag_retrieval_info: None | RagRetrievalInfo | Unset = UNSET

    llm_usage: LlmUsageOutput | None | Unset = UNSET

    interrupted: bool | Unset = UNSET

    original_message: None | str | Unset = UNSET

    source_medium: ConversationHistoryTranscriptCommonModelOutputSourceMedium | None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "role",
        "time_in_call_secs",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        role: Any
        try:
            if isinstance(self.role, str):
                role = self.role
            else:
                role = self.role

        except (AttributeError, TypeError):
            role = self.role

        time_in_call_secs = self.time_in_call_secs

        agent_metadata: Any
        try:
            if isinstance(self.agent_metadata, Unset):
                agent_metadata = UNSET
            elif isinstance(self.agent_metadata, AgentMetadata):
                agent_metadata = self.agent_metadata.to_dict()
            else:
                agent_metadata = self.agent_metadata

        except (AttributeError, TypeError):
            agent_metadata = self.agent_metadata

        message: Any
        try:
            message = self.message

        except (AttributeError, TypeError):
            message = self.message

        multivoice_message: Any
        try:
            if isinstance(self.multivoice_message, Unset):
                multivoice_message = UNSET
            elif isinstance(self.multivoice_message, ConversationHistoryMultivoiceMessageModel):
                multivoice_message = self.multivoice_message.to_dict()
            else:
                multivoice_message = self.multivoice_message

        except (AttributeError, TypeError):
            multivoice_message = self.multivoice_message

        tool_calls: Any
        try:
            tool_calls = UNSET
            if not isinstance(self.tool_calls, Unset):
                tool_calls = []
                for tool_calls_item_data in self.tool_calls:
                    tool_calls_item = tool_calls_item_data.to_dict()
                    tool_calls.append(tool_calls_item)

        except (AttributeError, TypeError):
            tool_calls = self.tool_calls

        tool_results: Any
        try:
            tool_results = UNSET
            if not isinstance(self.tool_results, Unset):
                tool_results = []
                for tool_results_item_data in self.tool_results:
                    tool_results_item: dict[str, Any]
                    if (
                        isinstance(tool_results_item_data, ConversationHistoryTranscriptSystemToolResultCommonModel)
                        or isinstance(
                            tool_results_item_data,
                            ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel,
                        )
                        or isinstance(
                            tool_results_item_data, ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput
                        )
                        or isinstance(tool_results_item_data, ConversationHistoryTranscriptOtherToolsResultCommonModel)
                        or isinstance(tool_results_item_data, UnknownVariant)
                    ):
                        tool_results_item = tool_results_item_data.to_dict()
                    else:
                        tool_results_item = tool_results_item_data

                    tool_results.append(tool_results_item)

        except (AttributeError, TypeError):
            tool_results = self.tool_results

        feedback: Any
        try:
            if isinstance(self.feedback, Unset):
                feedback = UNSET
            elif isinstance(self.feedback, UserFeedback):
                feedback = self.feedback.to_dict()
            else:
                feedback = self.feedback

        except (AttributeError, TypeError):
            feedback = self.feedback

        llm_override: Any
        try:
            llm_override = self.llm_override

        except (AttributeError, TypeError):
            llm_override = self.llm_override

        conversation_turn_metrics: Any
        try:
            if isinstance(self.conversation_turn_metrics, Unset):
                conversation_turn_metrics = UNSET
            elif isinstance(self.conversation_turn_metrics, ConversationTurnMetrics):
                conversation_turn_metrics = self.conversation_turn_metrics.to_dict()
            else:
                conversation_turn_metrics = self.conversation_turn_metrics

        except (AttributeError, TypeError):
            conversation_turn_metrics = self.conversation_turn_metrics

        rag_retrieval_info: Any
        try:
            if isinstance(self.rag_retrieval_info, Unset):
                rag_retrieval_info = UNSET
            elif isinstance(self.rag_retrieval_info, RagRetrievalInfo):
                rag_retrieval_info = self.rag_retrieval_info.to_dict()
            else:
                rag_retrieval_info = self.rag_retrieval_info

        except (AttributeError, TypeError):
            rag_retrieval_info = self.rag_retrieval_info

        llm_usage: Any
        try:
            if isinstance(self.llm_usage, Unset):
                llm_usage = UNSET
            elif isinstance(self.llm_usage, LlmUsageOutput):
                llm_usage = self.llm_usage.to_dict()
            else:
                llm_usage = self.llm_usage

        except (AttributeError, TypeError):
            llm_usage = self.llm_usage

        interrupted = self.interrupted

        original_message: Any
        try:
            original_message = self.original_message

        except (AttributeError, TypeError):
            original_message = self.original_message

        source_medium: Any
        try:
            if isinstance(self.source_medium, Unset):
                source_medium = UNSET
            elif isinstance(self.source_medium, str):
                source_medium = self.source_medium
            else:
                source_medium = self.source_medium

        except (AttributeError, TypeError):
            source_medium = self.source_medium

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if role is not None or "role" not in self._missing_fields:
            field_dict["role"] = role
        if time_in_call_secs is not None or "time_in_call_secs" not in self._missing_fields:
            field_dict["time_in_call_secs"] = time_in_call_secs
        if agent_metadata is not UNSET:
            field_dict["agent_metadata"] = agent_metadata
        if message is not UNSET:
            field_dict["message"] = message
        if multivoice_message is not UNSET:
            field_dict["multivoice_message"] = multivoice_message
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if tool_results is not UNSET:
            field_dict["tool_results"] = tool_results
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if llm_override is not UNSET:
            field_dict["llm_override"] = llm_override
        if conversation_turn_metrics is not UNSET:
            field_dict["conversation_turn_metrics"] = conversation_turn_metrics
        if rag_retrieval_info is not UNSET:
            field_dict["rag_retrieval_info"] = rag_retrieval_info
        if llm_usage is not UNSET:
            field_dict["llm_usage"] = llm_usage
        if interrupted is not UNSET:
            field_dict["interrupted"] = interrupted
        if original_message is not UNSET:
            field_dict["original_message"] = original_message
        if source_medium is not UNSET:
            field_dict["source_medium"] = source_medium
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_history_transcript_common_model_output = cls.__new__(cls)
        conversation_history_transcript_common_model_output.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_history_transcript_common_model_output

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


_read_role = plain_reader("role", (str,), "a string", True)

_read_time_in_call_secs = plain_reader("time_in_call_secs", (int,), "an integer", True)


def _read_agent_metadata(cls: type[ConversationHistoryTranscriptCommonModelOutput], d: Mapping[str, Any]) -> Any:
    agent_metadata_raw = d.get("agent_metadata", UNSET)
    try:

        def _parse_agent_metadata(data: object) -> AgentMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            agent_metadata_type_0 = AgentMetadata.from_dict(data)

            return agent_metadata_type_0

        agent_metadata = _parse_agent_metadata(agent_metadata_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        agent_metadata = deviating_field(cls, "agent_metadata", agent_metadata_raw)

    return agent_metadata


_read_message = plain_reader(
    "message",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_multivoice_message(cls: type[ConversationHistoryTranscriptCommonModelOutput], d: Mapping[str, Any]) -> Any:
    multivoice_message_raw = d.get("multivoice_message", UNSET)
    try:

        def _parse_multivoice_message(data: object) -> ConversationHistoryMultivoiceMessageModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            multivoice_message_type_0 = ConversationHistoryMultivoiceMessageModel.from_dict(data)

            return multivoice_message_type_0

        multivoice_message = _parse_multivoice_message(multivoice_message_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        multivoice_message = deviating_field(cls, "multivoice_message", multivoice_message_raw)

    return multivoice_message


def _read_tool_calls(cls: type[ConversationHistoryTranscriptCommonModelOutput], d: Mapping[str, Any]) -> Any:
    tool_calls_raw = d.get("tool_calls", UNSET)
    try:
        expect_array("tool_calls", tool_calls_raw)
        _tool_calls = tool_calls_raw
        tool_calls: list[ConversationHistoryTranscriptToolCallCommonModelOutput] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = ConversationHistoryTranscriptToolCallCommonModelOutput.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        tool_calls = deviating_field(cls, "tool_calls", tool_calls_raw)

    return tool_calls


def _read_tool_results(cls: type[ConversationHistoryTranscriptCommonModelOutput], d: Mapping[str, Any]) -> Any:
    tool_results_raw = d.get("tool_results", UNSET)
    try:
        expect_array("tool_results", tool_results_raw)
        _tool_results = tool_results_raw
        tool_results: (
            list[
                ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel
                | ConversationHistoryTranscriptOtherToolsResultCommonModel
                | ConversationHistoryTranscriptSystemToolResultCommonModel
                | ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput
                | UnknownVariant
            ]
            | Unset
        ) = UNSET
        if _tool_results is not UNSET:
            tool_results = []
            for tool_results_item_data in _tool_results:

                def _parse_tool_results_item(
                    data: object,
                ) -> (
                    ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel
                    | ConversationHistoryTranscriptOtherToolsResultCommonModel
                    | ConversationHistoryTranscriptSystemToolResultCommonModel
                    | ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput
                    | UnknownVariant
                ):
                    return parse_strictly(_parse_tool_results_item_member, data)

                def _parse_tool_results_item_member(
                    data: object,
                ) -> (
                    ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel
                    | ConversationHistoryTranscriptOtherToolsResultCommonModel
                    | ConversationHistoryTranscriptSystemToolResultCommonModel
                    | ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput
                    | UnknownVariant
                ):
                    if isinstance(data, dict):
                        for known in (
                            ConversationHistoryTranscriptSystemToolResultCommonModel,
                            ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel,
                            ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput,
                            ConversationHistoryTranscriptOtherToolsResultCommonModel,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        componentsschemas_conversation_history_transcript_common_model_output_tool_results_items_type_0 = ConversationHistoryTranscriptSystemToolResultCommonModel.from_dict(
                            data
                        )

                        return componentsschemas_conversation_history_transcript_common_model_output_tool_results_items_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        componentsschemas_conversation_history_transcript_common_model_output_tool_results_items_type_1 = ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel.from_dict(
                            data
                        )

                        return componentsschemas_conversation_history_transcript_common_model_output_tool_results_items_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        componentsschemas_conversation_history_transcript_common_model_output_tool_results_items_type_2 = ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput.from_dict(
                            data
                        )

                        return componentsschemas_conversation_history_transcript_common_model_output_tool_results_items_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        componentsschemas_conversation_history_transcript_common_model_output_tool_results_items_type_3 = ConversationHistoryTranscriptOtherToolsResultCommonModel.from_dict(
                            data
                        )

                        return componentsschemas_conversation_history_transcript_common_model_output_tool_results_items_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_conversation_history_transcript_common_model_output_tool_results_items_type_4 = (
                        UnknownVariant.from_dict(data)
                    )

                    return (
                        componentsschemas_conversation_history_transcript_common_model_output_tool_results_items_type_4
                    )

                tool_results_item = _parse_tool_results_item(tool_results_item_data)

                tool_results.append(tool_results_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        tool_results = deviating_field(cls, "tool_results", tool_results_raw)

    return tool_results


def _read_feedback(cls: type[ConversationHistoryTranscriptCommonModelOutput], d: Mapping[str, Any]) -> Any:
    feedback_raw = d.get("feedback", UNSET)
    try:

        def _parse_feedback(data: object) -> None | Unset | UserFeedback:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            feedback_type_0 = UserFeedback.from_dict(data)

            return feedback_type_0

        feedback = _parse_feedback(feedback_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        feedback = deviating_field(cls, "feedback", feedback_raw)

    return feedback


_read_llm_override = plain_reader(
    "llm_override",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_conversation_turn_metrics(
    cls: type[ConversationHistoryTranscriptCommonModelOutput], d: Mapping[str, Any]
) -> Any:
    conversation_turn_metrics_raw = d.get("conversation_turn_metrics", UNSET)
    try:

        def _parse_conversation_turn_metrics(data: object) -> ConversationTurnMetrics | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            conversation_turn_metrics_type_0 = ConversationTurnMetrics.from_dict(data)

            return conversation_turn_metrics_type_0

        conversation_turn_metrics = _parse_conversation_turn_metrics(conversation_turn_metrics_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        conversation_turn_metrics = deviating_field(cls, "conversation_turn_metrics", conversation_turn_metrics_raw)

    return conversation_turn_metrics


def _read_rag_retrieval_info(cls: type[ConversationHistoryTranscriptCommonModelOutput], d: Mapping[str, Any]) -> Any:
    rag_retrieval_info_raw = d.get("rag_retrieval_info", UNSET)
    try:

        def _parse_rag_retrieval_info(data: object) -> None | RagRetrievalInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            rag_retrieval_info_type_0 = RagRetrievalInfo.from_dict(data)

            return rag_retrieval_info_type_0

        rag_retrieval_info = _parse_rag_retrieval_info(rag_retrieval_info_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        rag_retrieval_info = deviating_field(cls, "rag_retrieval_info", rag_retrieval_info_raw)

    return rag_retrieval_info


def _read_llm_usage(cls: type[ConversationHistoryTranscriptCommonModelOutput], d: Mapping[str, Any]) -> Any:
    llm_usage_raw = d.get("llm_usage", UNSET)
    try:

        def _parse_llm_usage(data: object) -> LlmUsageOutput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            llm_usage_type_0 = LlmUsageOutput.from_dict(data)

            return llm_usage_type_0

        llm_usage = _parse_llm_usage(llm_usage_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        llm_usage = deviating_field(cls, "llm_usage", llm_usage_raw)

    return llm_usage


_read_interrupted = plain_reader("interrupted", (bool,), "a boolean", False)

_read_original_message = plain_reader(
    "original_message",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_source_medium = plain_reader(
    "source_medium",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "role",
        "time_in_call_secs",
        "agent_metadata",
        "message",
        "multivoice_message",
        "tool_calls",
        "tool_results",
        "feedback",
        "llm_override",
        "conversation_turn_metrics",
        "rag_retrieval_info",
        "llm_usage",
        "interrupted",
        "original_message",
        "source_medium",
    )
)


def _read_additional_properties(
    cls: type[ConversationHistoryTranscriptCommonModelOutput], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationHistoryTranscriptCommonModelOutput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    role = d.get("role", MISSING)
    if role.__class__ is not str:
        role = _read_role(cls, d)

    time_in_call_secs = d.get("time_in_call_secs", MISSING)
    if time_in_call_secs.__class__ is not int:
        time_in_call_secs = _read_time_in_call_secs(cls, d)

    if "agent_metadata" in known:
        agent_metadata = known["agent_metadata"]
    else:
        agent_metadata = d.get("agent_metadata", UNSET)
        if agent_metadata is not UNSET and agent_metadata is not None:
            agent_metadata = _read_agent_metadata(cls, d)

    message = d.get("message", UNSET)
    if message.__class__ is not str and message is not None and message is not UNSET:
        message = _read_message(cls, d)

    if "multivoice_message" in known:
        multivoice_message = known["multivoice_message"]
    else:
        multivoice_message = d.get("multivoice_message", UNSET)
        if multivoice_message is not UNSET and multivoice_message is not None:
            multivoice_message = _read_multivoice_message(cls, d)

    if "tool_calls" in known:
        tool_calls = known["tool_calls"]
    else:
        tool_calls = d.get("tool_calls", UNSET)
        if tool_calls is not UNSET:
            tool_calls = _read_tool_calls(cls, d)

    if "tool_results" in known:
        tool_results = known["tool_results"]
    else:
        tool_results = d.get("tool_results", UNSET)
        if tool_results is not UNSET:
            tool_results = _read_tool_results(cls, d)

    if "feedback" in known:
        feedback = known["feedback"]
    else:
        feedback = d.get("feedback", UNSET)
        if feedback is not UNSET and feedback is not None:
            feedback = _read_feedback(cls, d)

    llm_override = d.get("llm_override", UNSET)
    if llm_override.__class__ is not str and llm_override is not None and llm_override is not UNSET:
        llm_override = _read_llm_override(cls, d)

    if "conversation_turn_metrics" in known:
        conversation_turn_metrics = known["conversation_turn_metrics"]
    else:
        conversation_turn_metrics = d.get("conversation_turn_metrics", UNSET)
        if conversation_turn_metrics is not UNSET and conversation_turn_metrics is not None:
            conversation_turn_metrics = _read_conversation_turn_metrics(cls, d)

    if "rag_retrieval_info" in known:
        rag_retrieval_info = known["rag_retrieval_info"]
    else:
        rag_retrieval_info = d.get("rag_retrieval_info", UNSET)
        if rag_retrieval_info is not UNSET and rag_retrieval_info is not None:
            rag_retrieval_info = _read_rag_retrieval_info(cls, d)

    if "llm_usage" in known:
        llm_usage = known["llm_usage"]
    else:
        llm_usage = d.get("llm_usage", UNSET)
        if llm_usage is not UNSET and llm_usage is not None:
            llm_usage = _read_llm_usage(cls, d)

    interrupted = d.get("interrupted", UNSET)
    if interrupted.__class__ is not bool and interrupted is not UNSET:
        interrupted = _read_interrupted(cls, d)

    original_message = d.get("original_message", UNSET)
    if original_message.__class__ is not str and original_message is not None and original_message is not UNSET:
        original_message = _read_original_message(cls, d)

    source_medium = d.get("source_medium", UNSET)
    if source_medium is not None and source_medium.__class__ is not str and source_medium is not UNSET:
        source_medium = _read_source_medium(cls, d)

    return {
        "role": role,
        "time_in_call_secs": time_in_call_secs,
        "agent_metadata": agent_metadata,
        "message": message,
        "multivoice_message": multivoice_message,
        "tool_calls": tool_calls,
        "tool_results": tool_results,
        "feedback": feedback,
        "llm_override": llm_override,
        "conversation_turn_metrics": conversation_turn_metrics,
        "rag_retrieval_info": rag_retrieval_info,
        "llm_usage": llm_usage,
        "interrupted": interrupted,
        "original_message": original_message,
        "source_medium": source_medium,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ConversationHistoryTranscriptCommonModelOutput,
    _all_fields,
    {
        "role": _read_role,
        "time_in_call_secs": _read_time_in_call_secs,
        "agent_metadata": _read_agent_metadata,
        "message": _read_message,
        "multivoice_message": _read_multivoice_message,
        "tool_calls": _read_tool_calls,
        "tool_results": _read_tool_results,
        "feedback": _read_feedback,
        "llm_override": _read_llm_override,
        "conversation_turn_metrics": _read_conversation_turn_metrics,
        "rag_retrieval_info": _read_rag_retrieval_info,
        "llm_usage": _read_llm_usage,
        "interrupted": _read_interrupted,
        "original_message": _read_original_message,
        "source_medium": _read_source_medium,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_metadata import AgentMetadata
from ..models.conversation_history_multivoice_message_model import ConversationHistoryMultivoiceMessageModel
from ..models.conversation_history_transcript_api_integration_webhook_tools_result_common_model import (
    ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel,
)
from ..models.conversation_history_transcript_other_tools_result_common_model import (
    ConversationHistoryTranscriptOtherToolsResultCommonModel,
)
from ..models.conversation_history_transcript_system_tool_result_common_model import (
    ConversationHistoryTranscriptSystemToolResultCommonModel,
)
from ..models.conversation_history_transcript_tool_call_common_model_output import (
    ConversationHistoryTranscriptToolCallCommonModelOutput,
)
from ..models.conversation_history_transcript_workflow_tools_result_common_model_output import (
    ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput,
)
from ..models.conversation_turn_metrics import ConversationTurnMetrics
from ..models.llm_usage_output import LlmUsageOutput
from ..models.rag_retrieval_info import RagRetrievalInfo
from ..models.unknown_variant import UnknownVariant
from ..models.user_feedback import UserFeedback
