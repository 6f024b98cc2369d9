from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_initiation_source import ConversationInitiationSource
from ..models.conversation_summary_response_model_status_type_0 import (
    ConversationSummaryResponseModelStatusType0,
)
from ..models.evaluation_success_result import EvaluationSuccessResult
from ..models.telephony_direction import TelephonyDirection
from ..types import (
    MISSING,
    UNSET,
    Unset,
    check_items,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ConversationSummaryResponseModel")


@_attrs_define
class ConversationSummaryResponseModel:
    """Attributes:
    agent_id (str):
    conversation_id (str):
    start_time_unix_secs (int):
    call_duration_secs (int):
    message_count (int):
    status (ConversationSummaryResponseModelStatusType0 | str):
    call_successful (EvaluationSuccessResult | str):
    branch_id (None | str | Unset):
    version_id (None | str | Unset):
    agent_name (None | str | Unset):
    termination_reason (str | Unset):  Default: ''.
    call_success_score (float | None | Unset):
    transcript_summary (None | str | Unset):
    call_summary_title (None | str | Unset):
    main_language (None | str | Unset):
    conversation_initiation_source (ConversationInitiationSource | None | str | Unset):
    tool_names (list[str] | None | Unset):
    direction (None | str | TelephonyDirection | Unset):
    rating (float | None | Unset):
    sentiment_analysis (ConversationSentimentAnalysis | None | Unset):
    data_collection_results (ConversationSummaryResponseModelDataCollectionResultsType0 | None | Unset):
    evaluation_criteria_results (ConversationSummaryResponseModelEvaluationCriteriaResultsType0 | None | Unset):
    tag_ids (list[str] | Unset): Conversation tag ids assigned to this conversation.
    """

    agent_id: str

    conversation_id: str

    start_time_unix_secs: int

    call_duration_secs: int

    message_count: int

    status: ConversationSummaryResponseModelStatusType0 | str

    call_successful: EvaluationSuccessResult | str

    branch_id: None | str | Unset = UNSET

    version_id: None | str | Unset = UNSET

    agent_name: None | str | Unset = UNSET

    termination_reason: str | Unset = ""

    call_success_score: float | None | Unset = UNSET

    transcript_summary: None | str | Unset = UNSET

    call_summary_title: None | str | Unset = UNSET

    main_language: None | str | Unset = UNSET

    conversation_initiation_source: ConversationInitiationSource | None | str | Unset = UNSET

    tool_names: list[str] | None | Unset = UNSET

    direction: None | str | TelephonyDirection | Unset = UNSET

    rating: float | None | Unset = UNSET

    sentiment_analysis: ConversationSentimentAnalysis | None | Unset = UNSET

    data_collection_results: ConversationSummaryResponseModelDataCollectionResultsType0 | None | Unset = UNSET

    evaluation_criteria_results: ConversationSummaryResponseModelEvaluationCriteriaResultsType0 | None | Unset = UNSET

    tag_ids: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        conversation_id = self.conversation_id

        start_time_unix_secs = self.start_time_unix_secs

        call_duration_secs = self.call_duration_secs

        message_count = self.message_count

        status: Any
        try:
            if isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        call_successful: Any
        try:
            if isinstance(self.call_successful, str):
                call_successful = self.call_successful
            else:
                call_successful = self.call_successful

        except (AttributeError, TypeError):
            call_successful = self.call_successful

        branch_id: Any
        try:
            branch_id = self.branch_id

        except (AttributeError, TypeError):
            branch_id = self.branch_id

        version_id: Any
        try:
            version_id = self.version_id

        except (AttributeError, TypeError):
            version_id = self.version_id

        agent_name: Any
        try:
            agent_name = self.agent_name

        except (AttributeError, TypeError):
            agent_name = self.agent_name

        termination_reason = self.termination_reason

        call_success_score: Any
        try:
            call_success_score = self.call_success_score

        except (AttributeError, TypeError):
            call_success_score = self.call_success_score

        transcript_summary: Any
        try:
            transcript_summary = self.transcript_summary

        except (AttributeError, TypeError):
            transcript_summary = self.transcript_summary

        call_summary_title: Any
        try:
            call_summary_title = self.call_summary_title

        except (AttributeError, TypeError):
            call_summary_title = self.call_summary_title

        main_language: Any
        try:
            main_language = self.main_language

        except (AttributeError, TypeError):
            main_language = self.main_language

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

        tool_names: Any
        try:
            if isinstance(self.tool_names, Unset):
                tool_names = UNSET
            elif isinstance(self.tool_names, list):
                tool_names = self.tool_names

            else:
                tool_names = self.tool_names

        except (AttributeError, TypeError):
            tool_names = self.tool_names

        direction: Any
        try:
            if isinstance(self.direction, Unset):
                direction = UNSET
            elif isinstance(self.direction, str):
                direction = self.direction
            else:
                direction = self.direction

        except (AttributeError, TypeError):
            direction = self.direction

        rating: Any
        try:
            rating = self.rating

        except (AttributeError, TypeError):
            rating = self.rating

        sentiment_analysis: Any
        try:
            if isinstance(self.sentiment_analysis, Unset):
                sentiment_analysis = UNSET
            elif isinstance(self.sentiment_analysis, ConversationSentimentAnalysis):
                sentiment_analysis = self.sentiment_analysis.to_dict()
            else:
                sentiment_analysis = self.sentiment_analysis

        except (AttributeError, TypeError):
            sentiment_analysis = self.sentiment_analysis

        data_collection_results: Any
        try:
            if isinstance(self.data_collection_results, Unset):
                data_collection_results = UNSET
            elif isinstance(self.data_collection_results, ConversationSummaryResponseModelDataCollectionResultsType0):
                data_collection_results = self.data_collection_results.to_dict()
            else:
                data_collection_results = self.data_collection_results

        except (AttributeError, TypeError):
            data_collection_results = self.data_collection_results

        evaluation_criteria_results: Any
        try:
            if isinstance(self.evaluation_criteria_results, Unset):
                evaluation_criteria_results = UNSET
            elif isinstance(
                self.evaluation_criteria_results, ConversationSummaryResponseModelEvaluationCriteriaResultsType0
            ):
                evaluation_criteria_results = self.evaluation_criteria_results.to_dict()
            else:
                evaluation_criteria_results = self.evaluation_criteria_results

        except (AttributeError, TypeError):
            evaluation_criteria_results = self.evaluation_criteria_results

        tag_ids: Any
        try:
            tag_ids = UNSET
            if not isinstance(self.tag_ids, Unset):
                tag_ids = self.tag_ids

        except (AttributeError, TypeError):
            tag_ids = self.tag_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if conversation_id is not None or "conversation_id" not in self._missing_fields:
            field_dict["conversation_id"] = conversation_id
        if start_time_unix_secs is not None or "start_time_unix_secs" not in self._missing_fields:
            field_dict["start_time_unix_secs"] = start_time_unix_secs
        if call_duration_secs is not None or "call_duration_secs" not in self._missing_fields:
            field_dict["call_duration_secs"] = call_duration_secs
        if message_count is not None or "message_count" not in self._missing_fields:
            field_dict["message_count"] = message_count
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        if call_successful is not None or "call_successful" not in self._missing_fields:
            field_dict["call_successful"] = call_successful
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if termination_reason is not UNSET:
            field_dict["termination_reason"] = termination_reason
        if call_success_score is not UNSET:
            field_dict["call_success_score"] = call_success_score
        if transcript_summary is not UNSET:
            field_dict["transcript_summary"] = transcript_summary
        if call_summary_title is not UNSET:
            field_dict["call_summary_title"] = call_summary_title
        if main_language is not UNSET:
            field_dict["main_language"] = main_language
        if conversation_initiation_source is not UNSET:
            field_dict["conversation_initiation_source"] = conversation_initiation_source
        if tool_names is not UNSET:
            field_dict["tool_names"] = tool_names
        if direction is not UNSET:
            field_dict["direction"] = direction
        if rating is not UNSET:
            field_dict["rating"] = rating
        if sentiment_analysis is not UNSET:
            field_dict["sentiment_analysis"] = sentiment_analysis
        if data_collection_results is not UNSET:
            field_dict["data_collection_results"] = data_collection_results
        if evaluation_criteria_results is not UNSET:
            field_dict["evaluation_criteria_results"] = evaluation_criteria_results
        if tag_ids is not UNSET:
            field_dict["tag_ids"] = tag_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        agent_id = d.pop("agent_id", MISSING)
        if agent_id.__class__ is not str:
            if agent_id is MISSING:
                agent_id = missing_field(cls, "agent_id")
                _missing += ("agent_id",)
            else:
                agent_id = unexpected_type(cls, "agent_id", agent_id, "a string")

        conversation_id = d.pop("conversation_id", MISSING)
        if conversation_id.__class__ is not str:
            if conversation_id is MISSING:
                conversation_id = missing_field(cls, "conversation_id")
                _missing += ("conversation_id",)
            else:
                conversation_id = unexpected_type(cls, "conversation_id", conversation_id, "a string")

        start_time_unix_secs = d.pop("start_time_unix_secs", MISSING)
        if start_time_unix_secs.__class__ is not int:
            if start_time_unix_secs is MISSING:
                start_time_unix_secs = missing_field(cls, "start_time_unix_secs")
                _missing += ("start_time_unix_secs",)
            else:
                start_time_unix_secs = unexpected_type(cls, "start_time_unix_secs", start_time_unix_secs, "an integer")

        call_duration_secs = d.pop("call_duration_secs", MISSING)
        if call_duration_secs.__class__ is not int:
            if call_duration_secs is MISSING:
                call_duration_secs = missing_field(cls, "call_duration_secs")
                _missing += ("call_duration_secs",)
            else:
                call_duration_secs = unexpected_type(cls, "call_duration_secs", call_duration_secs, "an integer")

        message_count = d.pop("message_count", MISSING)
        if message_count.__class__ is not int:
            if message_count is MISSING:
                message_count = missing_field(cls, "message_count")
                _missing += ("message_count",)
            else:
                message_count = unexpected_type(cls, "message_count", message_count, "an integer")

        status = d.pop("status", MISSING)
        if status.__class__ is not str:
            if status is MISSING:
                status = missing_field(cls, "status")
                _missing += ("status",)
            else:
                status = unexpected_type(cls, "status", status, "a string")

        call_successful = d.pop("call_successful", MISSING)
        if call_successful.__class__ is not str:
            if call_successful is MISSING:
                call_successful = missing_field(cls, "call_successful")
                _missing += ("call_successful",)
            else:
                call_successful = unexpected_type(cls, "call_successful", call_successful, "a string")

        branch_id = d.pop("branch_id", UNSET)
        if branch_id.__class__ is not str and branch_id is not None and branch_id is not UNSET:
            branch_id = unexpected_type(cls, "branch_id", branch_id, "a string or null")

        version_id = d.pop("version_id", UNSET)
        if version_id.__class__ is not str and version_id is not None and version_id is not UNSET:
            version_id = unexpected_type(cls, "version_id", version_id, "a string or null")

        agent_name = d.pop("agent_name", UNSET)
        if agent_name.__class__ is not str and agent_name is not None and agent_name is not UNSET:
            agent_name = unexpected_type(cls, "agent_name", agent_name, "a string or null")

        termination_reason = d.pop("termination_reason", UNSET)
        if termination_reason.__class__ is not str and termination_reason is not UNSET:
            termination_reason = unexpected_type(cls, "termination_reason", termination_reason, "a string")

        call_success_score = d.pop("call_success_score", UNSET)
        if (
            call_success_score.__class__ is not float
            and call_success_score.__class__ is not int
            and call_success_score is not None
            and call_success_score is not UNSET
        ):
            call_success_score = unexpected_type(cls, "call_success_score", call_success_score, "a number or null")

        transcript_summary = d.pop("transcript_summary", UNSET)
        if (
            transcript_summary.__class__ is not str
            and transcript_summary is not None
            and transcript_summary is not UNSET
        ):
            transcript_summary = unexpected_type(cls, "transcript_summary", transcript_summary, "a string or null")

        call_summary_title = d.pop("call_summary_title", UNSET)
        if (
            call_summary_title.__class__ is not str
            and call_summary_title is not None
            and call_summary_title is not UNSET
        ):
            call_summary_title = unexpected_type(cls, "call_summary_title", call_summary_title, "a string or null")

        main_language = d.pop("main_language", UNSET)
        if main_language.__class__ is not str and main_language is not None and main_language is not UNSET:
            main_language = unexpected_type(cls, "main_language", main_language, "a string or null")

        conversation_initiation_source = d.pop("conversation_initiation_source", UNSET)
        if (
            conversation_initiation_source is not None
            and conversation_initiation_source.__class__ is not str
            and conversation_initiation_source is not UNSET
        ):
            conversation_initiation_source = unexpected_type(
                cls, "conversation_initiation_source", conversation_initiation_source, "null or a string"
            )

        tool_names = d.pop("tool_names", UNSET)
        if tool_names.__class__ is not list and tool_names is not None and tool_names is not UNSET:
            tool_names = unexpected_type(cls, "tool_names", tool_names, "an array or null")
        elif tool_names.__class__ is list and tool_names:
            check_items(cls, "tool_names", tool_names, (str,), "a string")

        direction = d.pop("direction", UNSET)
        if direction is not None and direction.__class__ is not str and direction is not UNSET:
            direction = unexpected_type(cls, "direction", direction, "null or a string")

        rating = d.pop("rating", UNSET)
        if rating.__class__ is not float and rating.__class__ is not int and rating is not None and rating is not UNSET:
            rating = unexpected_type(cls, "rating", rating, "a number or null")

        sentiment_analysis_raw = d.pop("sentiment_analysis", UNSET)
        try:

            def _parse_sentiment_analysis(data: object) -> ConversationSentimentAnalysis | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                sentiment_analysis_type_0 = ConversationSentimentAnalysis.from_dict(data)

                return sentiment_analysis_type_0

            sentiment_analysis = _parse_sentiment_analysis(sentiment_analysis_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            sentiment_analysis = deviating_field(cls, "sentiment_analysis", sentiment_analysis_raw)

        data_collection_results_raw = d.pop("data_collection_results", UNSET)
        try:

            def _parse_data_collection_results(
                data: object,
            ) -> ConversationSummaryResponseModelDataCollectionResultsType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                data_collection_results_type_0 = ConversationSummaryResponseModelDataCollectionResultsType0.from_dict(
                    data
                )

                return data_collection_results_type_0

            data_collection_results = _parse_data_collection_results(data_collection_results_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            data_collection_results = deviating_field(cls, "data_collection_results", data_collection_results_raw)

        evaluation_criteria_results_raw = d.pop("evaluation_criteria_results", UNSET)
        try:

            def _parse_evaluation_criteria_results(
                data: object,
            ) -> ConversationSummaryResponseModelEvaluationCriteriaResultsType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                evaluation_criteria_results_type_0 = (
                    ConversationSummaryResponseModelEvaluationCriteriaResultsType0.from_dict(data)
                )

                return evaluation_criteria_results_type_0

            evaluation_criteria_results = _parse_evaluation_criteria_results(evaluation_criteria_results_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            evaluation_criteria_results = deviating_field(
                cls, "evaluation_criteria_results", evaluation_criteria_results_raw
            )

        tag_ids = d.pop("tag_ids", UNSET)
        if tag_ids.__class__ is not list and tag_ids is not UNSET:
            tag_ids = unexpected_type(cls, "tag_ids", tag_ids, "an array")
        elif tag_ids.__class__ is list and tag_ids:
            check_items(cls, "tag_ids", tag_ids, (str,), "a string")

        conversation_summary_response_model = cls(
            agent_id=agent_id,
            conversation_id=conversation_id,
            start_time_unix_secs=start_time_unix_secs,
            call_duration_secs=call_duration_secs,
            message_count=message_count,
            status=status,
            call_successful=call_successful,
            branch_id=branch_id,
            version_id=version_id,
            agent_name=agent_name,
            termination_reason=termination_reason,
            call_success_score=call_success_score,
            transcript_summary=transcript_summary,
            call_summary_title=call_summary_title,
            main_language=main_language,
            conversation_initiation_source=conversation_initiation_source,
            tool_names=tool_names,
            direction=direction,
            rating=rating,
            sentiment_analysis=sentiment_analysis,
            data_collection_results=data_collection_results,
            evaluation_criteria_results=evaluation_criteria_results,
            tag_ids=tag_ids,
        )
        if _missing:
            conversation_summary_response_model._missing_fields = _missing
        conversation_summary_response_model.additional_properties = d
        return conversation_summary_response_model

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
from ..models.conversation_sentiment_analysis import ConversationSentimentAnalysis
from ..models.conversation_summary_response_model_data_collection_results_type_0 import (
    ConversationSummaryResponseModelDataCollectionResultsType0,
)
from ..models.conversation_summary_response_model_evaluation_criteria_results_type_0 import (
    ConversationSummaryResponseModelEvaluationCriteriaResultsType0,
)
