from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ConversationInitiationSource,
    ConversationSummaryResponseModelStatusType0,
    EvaluationSuccessResult,
    TelephonyDirection,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationSummaryResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationSummaryResponseModel(Lazy):
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
    termination_reason (str | Unset): Defaults to empty on the server.
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

    termination_reason: str | Unset = UNSET

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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "agent_id",
        "conversation_id",
        "start_time_unix_secs",
        "call_duration_secs",
        "message_count",
        "status",
        "call_successful",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_summary_response_model = cls.__new__(cls)
        conversation_summary_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_agent_id = plain_reader("agent_id", (str,), "a string", True)

_read_conversation_id = plain_reader("conversation_id", (str,), "a string", True)

_read_start_time_unix_secs = plain_reader("start_time_unix_secs", (int,), "an integer", True)

_read_call_duration_secs = plain_reader("call_duration_secs", (int,), "an integer", True)

_read_message_count = plain_reader("message_count", (int,), "an integer", True)

_read_status = plain_reader("status", (str,), "a string", True)

_read_call_successful = plain_reader("call_successful", (str,), "a string", True)

_read_branch_id = plain_reader(
    "branch_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_version_id = plain_reader(
    "version_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_agent_name = plain_reader(
    "agent_name",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_termination_reason = plain_reader("termination_reason", (str,), "a string", False)

_read_call_success_score = plain_reader(
    "call_success_score",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_transcript_summary = plain_reader(
    "transcript_summary",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_call_summary_title = plain_reader(
    "call_summary_title",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_main_language = plain_reader(
    "main_language",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_conversation_initiation_source = plain_reader(
    "conversation_initiation_source",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_tool_names = plain_reader(
    "tool_names",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)

_read_direction = plain_reader(
    "direction",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_rating = plain_reader(
    "rating",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


def _read_sentiment_analysis(cls: type[ConversationSummaryResponseModel], d: Mapping[str, Any]) -> Any:
    sentiment_analysis_raw = d.get("sentiment_analysis", UNSET)
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

    return sentiment_analysis


def _read_data_collection_results(cls: type[ConversationSummaryResponseModel], d: Mapping[str, Any]) -> Any:
    data_collection_results_raw = d.get("data_collection_results", UNSET)
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
            data_collection_results_type_0 = ConversationSummaryResponseModelDataCollectionResultsType0.from_dict(data)

            return data_collection_results_type_0

        data_collection_results = _parse_data_collection_results(data_collection_results_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        data_collection_results = deviating_field(cls, "data_collection_results", data_collection_results_raw)

    return data_collection_results


def _read_evaluation_criteria_results(cls: type[ConversationSummaryResponseModel], d: Mapping[str, Any]) -> Any:
    evaluation_criteria_results_raw = d.get("evaluation_criteria_results", UNSET)
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

    return evaluation_criteria_results


_read_tag_ids = plain_reader("tag_ids", (list,), "an array", False, ((str,), "a string"))


_FIELDS: frozenset[str] = frozenset(
    (
        "agent_id",
        "conversation_id",
        "start_time_unix_secs",
        "call_duration_secs",
        "message_count",
        "status",
        "call_successful",
        "branch_id",
        "version_id",
        "agent_name",
        "termination_reason",
        "call_success_score",
        "transcript_summary",
        "call_summary_title",
        "main_language",
        "conversation_initiation_source",
        "tool_names",
        "direction",
        "rating",
        "sentiment_analysis",
        "data_collection_results",
        "evaluation_criteria_results",
        "tag_ids",
    )
)


def _read_additional_properties(cls: type[ConversationSummaryResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationSummaryResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str:
        agent_id = _read_agent_id(cls, d)

    conversation_id = d.get("conversation_id", MISSING)
    if conversation_id.__class__ is not str:
        conversation_id = _read_conversation_id(cls, d)

    start_time_unix_secs = d.get("start_time_unix_secs", MISSING)
    if start_time_unix_secs.__class__ is not int:
        start_time_unix_secs = _read_start_time_unix_secs(cls, d)

    call_duration_secs = d.get("call_duration_secs", MISSING)
    if call_duration_secs.__class__ is not int:
        call_duration_secs = _read_call_duration_secs(cls, d)

    message_count = d.get("message_count", MISSING)
    if message_count.__class__ is not int:
        message_count = _read_message_count(cls, d)

    status = d.get("status", MISSING)
    if status.__class__ is not str:
        status = _read_status(cls, d)

    call_successful = d.get("call_successful", MISSING)
    if call_successful.__class__ is not str:
        call_successful = _read_call_successful(cls, d)

    branch_id = d.get("branch_id", UNSET)
    if branch_id.__class__ is not str and branch_id is not None and branch_id is not UNSET:
        branch_id = _read_branch_id(cls, d)

    version_id = d.get("version_id", UNSET)
    if version_id.__class__ is not str and version_id is not None and version_id is not UNSET:
        version_id = _read_version_id(cls, d)

    agent_name = d.get("agent_name", UNSET)
    if agent_name.__class__ is not str and agent_name is not None and agent_name is not UNSET:
        agent_name = _read_agent_name(cls, d)

    termination_reason = d.get("termination_reason", UNSET)
    if termination_reason.__class__ is not str and termination_reason is not UNSET:
        termination_reason = _read_termination_reason(cls, d)

    call_success_score = d.get("call_success_score", UNSET)
    if (
        call_success_score.__class__ is not float
        and call_success_score.__class__ is not int
        and call_success_score is not None
        and call_success_score is not UNSET
    ):
        call_success_score = _read_call_success_score(cls, d)

    transcript_summary = d.get("transcript_summary", UNSET)
    if transcript_summary.__class__ is not str and transcript_summary is not None and transcript_summary is not UNSET:
        transcript_summary = _read_transcript_summary(cls, d)

    call_summary_title = d.get("call_summary_title", UNSET)
    if call_summary_title.__class__ is not str and call_summary_title is not None and call_summary_title is not UNSET:
        call_summary_title = _read_call_summary_title(cls, d)

    main_language = d.get("main_language", UNSET)
    if main_language.__class__ is not str and main_language is not None and main_language is not UNSET:
        main_language = _read_main_language(cls, d)

    conversation_initiation_source = d.get("conversation_initiation_source", UNSET)
    if (
        conversation_initiation_source is not None
        and conversation_initiation_source.__class__ is not str
        and conversation_initiation_source is not UNSET
    ):
        conversation_initiation_source = _read_conversation_initiation_source(cls, d)

    tool_names = d.get("tool_names", UNSET)
    if tool_names.__class__ is not list and tool_names is not None and tool_names is not UNSET:
        tool_names = _read_tool_names(cls, d)
    elif tool_names.__class__ is list and tool_names:
        check_items(cls, "tool_names", tool_names, (str,), "a string")

    direction = d.get("direction", UNSET)
    if direction is not None and direction.__class__ is not str and direction is not UNSET:
        direction = _read_direction(cls, d)

    rating = d.get("rating", UNSET)
    if rating.__class__ is not float and rating.__class__ is not int and rating is not None and rating is not UNSET:
        rating = _read_rating(cls, d)

    if "sentiment_analysis" in known:
        sentiment_analysis = known["sentiment_analysis"]
    else:
        sentiment_analysis = d.get("sentiment_analysis", UNSET)
        if sentiment_analysis is not UNSET and sentiment_analysis is not None:
            sentiment_analysis = _read_sentiment_analysis(cls, d)

    if "data_collection_results" in known:
        data_collection_results = known["data_collection_results"]
    else:
        data_collection_results = d.get("data_collection_results", UNSET)
        if data_collection_results is not UNSET and data_collection_results is not None:
            data_collection_results = _read_data_collection_results(cls, d)

    if "evaluation_criteria_results" in known:
        evaluation_criteria_results = known["evaluation_criteria_results"]
    else:
        evaluation_criteria_results = d.get("evaluation_criteria_results", UNSET)
        if evaluation_criteria_results is not UNSET and evaluation_criteria_results is not None:
            evaluation_criteria_results = _read_evaluation_criteria_results(cls, d)

    tag_ids = d.get("tag_ids", UNSET)
    if tag_ids.__class__ is not list and tag_ids is not UNSET:
        tag_ids = _read_tag_ids(cls, d)
    elif tag_ids.__class__ is list and tag_ids:
        check_items(cls, "tag_ids", tag_ids, (str,), "a string")

    return {
        "agent_id": agent_id,
        "conversation_id": conversation_id,
        "start_time_unix_secs": start_time_unix_secs,
        "call_duration_secs": call_duration_secs,
        "message_count": message_count,
        "status": status,
        "call_successful": call_successful,
        "branch_id": branch_id,
        "version_id": version_id,
        "agent_name": agent_name,
        "termination_reason": termination_reason,
        "call_success_score": call_success_score,
        "transcript_summary": transcript_summary,
        "call_summary_title": call_summary_title,
        "main_language": main_language,
        "conversation_initiation_source": conversation_initiation_source,
        "tool_names": tool_names,
        "direction": direction,
        "rating": rating,
        "sentiment_analysis": sentiment_analysis,
        "data_collection_results": data_collection_results,
        "evaluation_criteria_results": evaluation_criteria_results,
        "tag_ids": tag_ids,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ConversationSummaryResponseModel,
    _all_fields,
    {
        "agent_id": _read_agent_id,
        "conversation_id": _read_conversation_id,
        "start_time_unix_secs": _read_start_time_unix_secs,
        "call_duration_secs": _read_call_duration_secs,
        "message_count": _read_message_count,
        "status": _read_status,
        "call_successful": _read_call_successful,
        "branch_id": _read_branch_id,
        "version_id": _read_version_id,
        "agent_name": _read_agent_name,
        "termination_reason": _read_termination_reason,
        "call_success_score": _read_call_success_score,
        "transcript_summary": _read_transcript_summary,
        "call_summary_title": _read_call_summary_title,
        "main_language": _read_main_language,
        "conversation_initiation_source": _read_conversation_initiation_source,
        "tool_names": _read_tool_names,
        "direction": _read_direction,
        "rating": _read_rating,
        "sentiment_analysis": _read_sentiment_analysis,
        "data_collection_results": _read_data_collection_results,
        "evaluation_criteria_results": _read_evaluation_criteria_results,
        "tag_ids": _read_tag_ids,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_sentiment_analysis import ConversationSentimentAnalysis
from ..models.conversation_summary_response_model_data_collection_results_type_0 import (
    ConversationSummaryResponseModelDataCollectionResultsType0,
)
from ..models.conversation_summary_response_model_evaluation_criteria_results_type_0 import (
    ConversationSummaryResponseModelEvaluationCriteriaResultsType0,
)
