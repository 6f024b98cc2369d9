"""`GET /v1/convai/conversations/messages/text-search`: Text Search Conversation Messages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import (
        ConversationalAiConversationsMessagesTextSearchExcludeStatusesType0Item,
        ConversationalAiConversationsMessagesTextSearchSummaryMode,
        ConversationInitiationSource,
        ConversationProduct,
        EvaluationSuccessResult,
        MessageSearchSortBy,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.messages_search_response import MessagesSearchResponse


def _get_kwargs(
    *,
    text_query: str,
    agent_id: None | str | Unset = UNSET,
    visited_agent_ids: list[str] | None | Unset = UNSET,
    visited_agent_branch_ids: list[str] | None | Unset = UNSET,
    triggered_procedure_ids: list[str] | None | Unset = UNSET,
    call_successful: EvaluationSuccessResult | None | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    call_duration_min_secs: int | None | Unset = UNSET,
    call_duration_max_secs: int | None | Unset = UNSET,
    rating_max: int | None | Unset = UNSET,
    rating_min: int | None | Unset = UNSET,
    has_feedback_comment: bool | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    evaluation_params: list[str] | None | Unset = UNSET,
    data_collection_params: list[str] | None | Unset = UNSET,
    tool_names: list[str] | None | Unset = UNSET,
    tool_names_successful: list[str] | None | Unset = UNSET,
    tool_names_errored: list[str] | None | Unset = UNSET,
    include_invalid_tool_calls: bool | Unset = UNSET,
    main_languages: list[str] | None | Unset = UNSET,
    exclude_statuses: list[ConversationalAiConversationsMessagesTextSearchExcludeStatusesType0Item]
    | None
    | Unset = UNSET,
    termination_reasons: list[str] | None | Unset = UNSET,
    page_size: int | Unset = UNSET,
    summary_mode: ConversationalAiConversationsMessagesTextSearchSummaryMode | Unset = UNSET,
    conversation_initiation_source: ConversationInitiationSource | None | Unset = UNSET,
    text_only: bool | None | Unset = UNSET,
    conversation_product_type: ConversationProduct | None | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    version_id: None | str | Unset = UNSET,
    topic_ids: list[str] | None | Unset = UNSET,
    sort_by: MessageSearchSortBy | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["text_query"] = text_query

    json_agent_id: None | str | Unset = agent_id

    params["agent_id"] = json_agent_id

    json_visited_agent_ids: list[str] | None | Unset
    if isinstance(visited_agent_ids, Unset):
        json_visited_agent_ids = UNSET
    elif isinstance(visited_agent_ids, list):
        json_visited_agent_ids = visited_agent_ids

    else:
        json_visited_agent_ids = visited_agent_ids

    params["visited_agent_ids"] = json_visited_agent_ids

    json_visited_agent_branch_ids: list[str] | None | Unset
    if isinstance(visited_agent_branch_ids, Unset):
        json_visited_agent_branch_ids = UNSET
    elif isinstance(visited_agent_branch_ids, list):
        json_visited_agent_branch_ids = visited_agent_branch_ids

    else:
        json_visited_agent_branch_ids = visited_agent_branch_ids

    params["visited_agent_branch_ids"] = json_visited_agent_branch_ids

    json_triggered_procedure_ids: list[str] | None | Unset
    if isinstance(triggered_procedure_ids, Unset):
        json_triggered_procedure_ids = UNSET
    elif isinstance(triggered_procedure_ids, list):
        json_triggered_procedure_ids = triggered_procedure_ids

    else:
        json_triggered_procedure_ids = triggered_procedure_ids

    params["triggered_procedure_ids"] = json_triggered_procedure_ids

    json_call_successful: None | str | Unset
    if isinstance(call_successful, Unset):
        json_call_successful = UNSET
    elif isinstance(call_successful, str):
        json_call_successful = call_successful
    else:
        json_call_successful = call_successful

    params["call_successful"] = json_call_successful

    json_call_start_before_unix: int | None | Unset = call_start_before_unix

    params["call_start_before_unix"] = json_call_start_before_unix

    json_call_start_after_unix: int | None | Unset = call_start_after_unix

    params["call_start_after_unix"] = json_call_start_after_unix

    json_call_duration_min_secs: int | None | Unset = call_duration_min_secs

    params["call_duration_min_secs"] = json_call_duration_min_secs

    json_call_duration_max_secs: int | None | Unset = call_duration_max_secs

    params["call_duration_max_secs"] = json_call_duration_max_secs

    json_rating_max: int | None | Unset = rating_max

    params["rating_max"] = json_rating_max

    json_rating_min: int | None | Unset = rating_min

    params["rating_min"] = json_rating_min

    json_has_feedback_comment: bool | None | Unset = has_feedback_comment

    params["has_feedback_comment"] = json_has_feedback_comment

    json_user_id: None | str | Unset = user_id

    params["user_id"] = json_user_id

    json_evaluation_params: list[str] | None | Unset
    if isinstance(evaluation_params, Unset):
        json_evaluation_params = UNSET
    elif isinstance(evaluation_params, list):
        json_evaluation_params = evaluation_params

    else:
        json_evaluation_params = evaluation_params

    params["evaluation_params"] = json_evaluation_params

    json_data_collection_params: list[str] | None | Unset
    if isinstance(data_collection_params, Unset):
        json_data_collection_params = UNSET
    elif isinstance(data_collection_params, list):
        json_data_collection_params = data_collection_params

    else:
        json_data_collection_params = data_collection_params

    params["data_collection_params"] = json_data_collection_params

    json_tool_names: list[str] | None | Unset
    if isinstance(tool_names, Unset):
        json_tool_names = UNSET
    elif isinstance(tool_names, list):
        json_tool_names = tool_names

    else:
        json_tool_names = tool_names

    params["tool_names"] = json_tool_names

    json_tool_names_successful: list[str] | None | Unset
    if isinstance(tool_names_successful, Unset):
        json_tool_names_successful = UNSET
    elif isinstance(tool_names_successful, list):
        json_tool_names_successful = tool_names_successful

    else:
        json_tool_names_successful = tool_names_successful

    params["tool_names_successful"] = json_tool_names_successful

    json_tool_names_errored: list[str] | None | Unset
    if isinstance(tool_names_errored, Unset):
        json_tool_names_errored = UNSET
    elif isinstance(tool_names_errored, list):
        json_tool_names_errored = tool_names_errored

    else:
        json_tool_names_errored = tool_names_errored

    params["tool_names_errored"] = json_tool_names_errored

    params["include_invalid_tool_calls"] = include_invalid_tool_calls

    json_main_languages: list[str] | None | Unset
    if isinstance(main_languages, Unset):
        json_main_languages = UNSET
    elif isinstance(main_languages, list):
        json_main_languages = main_languages

    else:
        json_main_languages = main_languages

    params["main_languages"] = json_main_languages

    json_exclude_statuses: list[str] | None | Unset
    if isinstance(exclude_statuses, Unset):
        json_exclude_statuses = UNSET
    elif isinstance(exclude_statuses, list):
        json_exclude_statuses = []
        for exclude_statuses_type_0_item_data in exclude_statuses:
            exclude_statuses_type_0_item: str = exclude_statuses_type_0_item_data
            json_exclude_statuses.append(exclude_statuses_type_0_item)

    else:
        json_exclude_statuses = exclude_statuses

    params["exclude_statuses"] = json_exclude_statuses

    json_termination_reasons: list[str] | None | Unset
    if isinstance(termination_reasons, Unset):
        json_termination_reasons = UNSET
    elif isinstance(termination_reasons, list):
        json_termination_reasons = termination_reasons

    else:
        json_termination_reasons = termination_reasons

    params["termination_reasons"] = json_termination_reasons

    params["page_size"] = page_size

    json_summary_mode: str | Unset = UNSET
    if not isinstance(summary_mode, Unset):
        json_summary_mode = summary_mode

    params["summary_mode"] = json_summary_mode

    json_conversation_initiation_source: None | str | Unset
    if isinstance(conversation_initiation_source, Unset):
        json_conversation_initiation_source = UNSET
    elif isinstance(conversation_initiation_source, str):
        json_conversation_initiation_source = conversation_initiation_source
    else:
        json_conversation_initiation_source = conversation_initiation_source

    params["conversation_initiation_source"] = json_conversation_initiation_source

    json_text_only: bool | None | Unset = text_only

    params["text_only"] = json_text_only

    json_conversation_product_type: None | str | Unset
    if isinstance(conversation_product_type, Unset):
        json_conversation_product_type = UNSET
    elif isinstance(conversation_product_type, str):
        json_conversation_product_type = conversation_product_type
    else:
        json_conversation_product_type = conversation_product_type

    params["conversation_product_type"] = json_conversation_product_type

    json_branch_id: None | str | Unset = branch_id

    params["branch_id"] = json_branch_id

    json_version_id: None | str | Unset = version_id

    params["version_id"] = json_version_id

    json_topic_ids: list[str] | None | Unset
    if isinstance(topic_ids, Unset):
        json_topic_ids = UNSET
    elif isinstance(topic_ids, list):
        json_topic_ids = topic_ids

    else:
        json_topic_ids = topic_ids

    params["topic_ids"] = json_topic_ids

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/conversations/messages/text-search",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | MessagesSearchResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.messages_search_response import MessagesSearchResponse

    if response.status_code == 200:
        response_200 = MessagesSearchResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    text_query: str,
    agent_id: None | str | Unset = UNSET,
    visited_agent_ids: list[str] | None | Unset = UNSET,
    visited_agent_branch_ids: list[str] | None | Unset = UNSET,
    triggered_procedure_ids: list[str] | None | Unset = UNSET,
    call_successful: EvaluationSuccessResult | None | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    call_duration_min_secs: int | None | Unset = UNSET,
    call_duration_max_secs: int | None | Unset = UNSET,
    rating_max: int | None | Unset = UNSET,
    rating_min: int | None | Unset = UNSET,
    has_feedback_comment: bool | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    evaluation_params: list[str] | None | Unset = UNSET,
    data_collection_params: list[str] | None | Unset = UNSET,
    tool_names: list[str] | None | Unset = UNSET,
    tool_names_successful: list[str] | None | Unset = UNSET,
    tool_names_errored: list[str] | None | Unset = UNSET,
    include_invalid_tool_calls: bool | Unset = UNSET,
    main_languages: list[str] | None | Unset = UNSET,
    exclude_statuses: list[ConversationalAiConversationsMessagesTextSearchExcludeStatusesType0Item]
    | None
    | Unset = UNSET,
    termination_reasons: list[str] | None | Unset = UNSET,
    page_size: int | Unset = UNSET,
    summary_mode: ConversationalAiConversationsMessagesTextSearchSummaryMode | Unset = UNSET,
    conversation_initiation_source: ConversationInitiationSource | None | Unset = UNSET,
    text_only: bool | None | Unset = UNSET,
    conversation_product_type: ConversationProduct | None | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    version_id: None | str | Unset = UNSET,
    topic_ids: list[str] | None | Unset = UNSET,
    sort_by: MessageSearchSortBy | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> HttpValidationError | MessagesSearchResponse | None:
    """Text Search Conversation Messages

    Search through conversation transcript messages by full-text and fuzzy search

    Args:
        text_query (str): The search query text for full-text and fuzzy matching
        agent_id (None | str | Unset): Agent id (agent_…) or speech engine external id (seng_),
            resolved to the same underlying resource.
        visited_agent_ids (list[str] | None | Unset): Filter conversations where any of these
            agents participated. Can not exceed 50 values.
        visited_agent_branch_ids (list[str] | None | Unset): Filter conversations where any of
            these agent branches participated. Can not exceed 50 values.
        triggered_procedure_ids (list[str] | None | Unset): Filter conversations where any of
            these procedures were triggered. Can not exceed 50 values.
        call_successful (EvaluationSuccessResult | None | Unset): The result of the success
            evaluation
        call_start_before_unix (int | None | Unset): Unix timestamp (in seconds) to filter
            conversations up to this start date.
        call_start_after_unix (int | None | Unset): Unix timestamp (in seconds) to filter
            conversations after to this start date.
        call_duration_min_secs (int | None | Unset): Minimum call duration in seconds.
        call_duration_max_secs (int | None | Unset): Maximum call duration in seconds.
        rating_max (int | None | Unset): Maximum overall rating (1-5).
        rating_min (int | None | Unset): Minimum overall rating (1-5).
        has_feedback_comment (bool | None | Unset): Filter conversations with user feedback
            comments.
        user_id (None | str | Unset): Filter conversations by the user ID who initiated them.
        evaluation_params (list[str] | None | Unset): Evaluation filters. Repeat param. Format:
            criteria_id:result. Example: eval=value_framing:success
        data_collection_params (list[str] | None | Unset): Data collection filters. Repeat param.
            Format: id:op:value where op is one of eq|neq|gt|gte|lt|lte|in|exists|missing. For in,
            pipe-delimit values.
        tool_names (list[str] | None | Unset): Filter conversations by tool names used during the
            call.
        tool_names_successful (list[str] | None | Unset): Filter conversations by tool names that
            had successful calls.
        tool_names_errored (list[str] | None | Unset): Filter conversations by tool names that had
            errored calls.
        include_invalid_tool_calls (bool | Unset): Also match tool calls that never ran. Defaults
            to False on the server.
        main_languages (list[str] | None | Unset): Filter conversations by detected main language
            (language code).
        exclude_statuses
            (list[ConversationalAiConversationsMessagesTextSearchExcludeStatusesType0Item] | None |
            Unset): Exclude conversations with the given statuses. Useful for hiding in-progress /
            processing conversations from list views.
        termination_reasons (list[str] | None | Unset): Filter conversations by their stored
            termination_reason (metadata.termination_reason). Repeat param to match any of several.
        page_size (int | Unset): Number of results per page. Max 50. Defaults to 20 on the server.
        summary_mode (ConversationalAiConversationsMessagesTextSearchSummaryMode | Unset): Whether
            to include transcript summaries in the response. Defaults to 'exclude' on the server.
        conversation_initiation_source (ConversationInitiationSource | None | Unset):
        text_only (bool | None | Unset):
        conversation_product_type (ConversationProduct | None | Unset): Restrict results to a
            single conversation product surface.
        branch_id (None | str | Unset): Filter conversations by branch ID.
        version_id (None | str | Unset): Filter conversations by version ID.
        topic_ids (list[str] | None | Unset): Filter conversations by topic IDs assigned during
            topic discovery.
        sort_by (MessageSearchSortBy | Unset):
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
    """

    return sync_detailed(
        client=client,
        text_query=text_query,
        agent_id=agent_id,
        visited_agent_ids=visited_agent_ids,
        visited_agent_branch_ids=visited_agent_branch_ids,
        triggered_procedure_ids=triggered_procedure_ids,
        call_successful=call_successful,
        call_start_before_unix=call_start_before_unix,
        call_start_after_unix=call_start_after_unix,
        call_duration_min_secs=call_duration_min_secs,
        call_duration_max_secs=call_duration_max_secs,
        rating_max=rating_max,
        rating_min=rating_min,
        has_feedback_comment=has_feedback_comment,
        user_id=user_id,
        evaluation_params=evaluation_params,
        data_collection_params=data_collection_params,
        tool_names=tool_names,
        tool_names_successful=tool_names_successful,
        tool_names_errored=tool_names_errored,
        include_invalid_tool_calls=include_invalid_tool_calls,
        main_languages=main_languages,
        exclude_statuses=exclude_statuses,
        termination_reasons=termination_reasons,
        page_size=page_size,
        summary_mode=summary_mode,
        conversation_initiation_source=conversation_initiation_source,
        text_only=text_only,
        conversation_product_type=conversation_product_type,
        branch_id=branch_id,
        version_id=version_id,
        topic_ids=topic_ids,
        sort_by=sort_by,
        cursor=cursor,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    text_query: str,
    agent_id: None | str | Unset = UNSET,
    visited_agent_ids: list[str] | None | Unset = UNSET,
    visited_agent_branch_ids: list[str] | None | Unset = UNSET,
    triggered_procedure_ids: list[str] | None | Unset = UNSET,
    call_successful: EvaluationSuccessResult | None | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    call_duration_min_secs: int | None | Unset = UNSET,
    call_duration_max_secs: int | None | Unset = UNSET,
    rating_max: int | None | Unset = UNSET,
    rating_min: int | None | Unset = UNSET,
    has_feedback_comment: bool | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    evaluation_params: list[str] | None | Unset = UNSET,
    data_collection_params: list[str] | None | Unset = UNSET,
    tool_names: list[str] | None | Unset = UNSET,
    tool_names_successful: list[str] | None | Unset = UNSET,
    tool_names_errored: list[str] | None | Unset = UNSET,
    include_invalid_tool_calls: bool | Unset = UNSET,
    main_languages: list[str] | None | Unset = UNSET,
    exclude_statuses: list[ConversationalAiConversationsMessagesTextSearchExcludeStatusesType0Item]
    | None
    | Unset = UNSET,
    termination_reasons: list[str] | None | Unset = UNSET,
    page_size: int | Unset = UNSET,
    summary_mode: ConversationalAiConversationsMessagesTextSearchSummaryMode | Unset = UNSET,
    conversation_initiation_source: ConversationInitiationSource | None | Unset = UNSET,
    text_only: bool | None | Unset = UNSET,
    conversation_product_type: ConversationProduct | None | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    version_id: None | str | Unset = UNSET,
    topic_ids: list[str] | None | Unset = UNSET,
    sort_by: MessageSearchSortBy | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[HttpValidationError | MessagesSearchResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        text_query=text_query,
        agent_id=agent_id,
        visited_agent_ids=visited_agent_ids,
        visited_agent_branch_ids=visited_agent_branch_ids,
        triggered_procedure_ids=triggered_procedure_ids,
        call_successful=call_successful,
        call_start_before_unix=call_start_before_unix,
        call_start_after_unix=call_start_after_unix,
        call_duration_min_secs=call_duration_min_secs,
        call_duration_max_secs=call_duration_max_secs,
        rating_max=rating_max,
        rating_min=rating_min,
        has_feedback_comment=has_feedback_comment,
        user_id=user_id,
        evaluation_params=evaluation_params,
        data_collection_params=data_collection_params,
        tool_names=tool_names,
        tool_names_successful=tool_names_successful,
        tool_names_errored=tool_names_errored,
        include_invalid_tool_calls=include_invalid_tool_calls,
        main_languages=main_languages,
        exclude_statuses=exclude_statuses,
        termination_reasons=termination_reasons,
        page_size=page_size,
        summary_mode=summary_mode,
        conversation_initiation_source=conversation_initiation_source,
        text_only=text_only,
        conversation_product_type=conversation_product_type,
        branch_id=branch_id,
        version_id=version_id,
        topic_ids=topic_ids,
        sort_by=sort_by,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    text_query: str,
    agent_id: None | str | Unset = UNSET,
    visited_agent_ids: list[str] | None | Unset = UNSET,
    visited_agent_branch_ids: list[str] | None | Unset = UNSET,
    triggered_procedure_ids: list[str] | None | Unset = UNSET,
    call_successful: EvaluationSuccessResult | None | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    call_duration_min_secs: int | None | Unset = UNSET,
    call_duration_max_secs: int | None | Unset = UNSET,
    rating_max: int | None | Unset = UNSET,
    rating_min: int | None | Unset = UNSET,
    has_feedback_comment: bool | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    evaluation_params: list[str] | None | Unset = UNSET,
    data_collection_params: list[str] | None | Unset = UNSET,
    tool_names: list[str] | None | Unset = UNSET,
    tool_names_successful: list[str] | None | Unset = UNSET,
    tool_names_errored: list[str] | None | Unset = UNSET,
    include_invalid_tool_calls: bool | Unset = UNSET,
    main_languages: list[str] | None | Unset = UNSET,
    exclude_statuses: list[ConversationalAiConversationsMessagesTextSearchExcludeStatusesType0Item]
    | None
    | Unset = UNSET,
    termination_reasons: list[str] | None | Unset = UNSET,
    page_size: int | Unset = UNSET,
    summary_mode: ConversationalAiConversationsMessagesTextSearchSummaryMode | Unset = UNSET,
    conversation_initiation_source: ConversationInitiationSource | None | Unset = UNSET,
    text_only: bool | None | Unset = UNSET,
    conversation_product_type: ConversationProduct | None | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    version_id: None | str | Unset = UNSET,
    topic_ids: list[str] | None | Unset = UNSET,
    sort_by: MessageSearchSortBy | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> HttpValidationError | MessagesSearchResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            text_query=text_query,
            agent_id=agent_id,
            visited_agent_ids=visited_agent_ids,
            visited_agent_branch_ids=visited_agent_branch_ids,
            triggered_procedure_ids=triggered_procedure_ids,
            call_successful=call_successful,
            call_start_before_unix=call_start_before_unix,
            call_start_after_unix=call_start_after_unix,
            call_duration_min_secs=call_duration_min_secs,
            call_duration_max_secs=call_duration_max_secs,
            rating_max=rating_max,
            rating_min=rating_min,
            has_feedback_comment=has_feedback_comment,
            user_id=user_id,
            evaluation_params=evaluation_params,
            data_collection_params=data_collection_params,
            tool_names=tool_names,
            tool_names_successful=tool_names_successful,
            tool_names_errored=tool_names_errored,
            include_invalid_tool_calls=include_invalid_tool_calls,
            main_languages=main_languages,
            exclude_statuses=exclude_statuses,
            termination_reasons=termination_reasons,
            page_size=page_size,
            summary_mode=summary_mode,
            conversation_initiation_source=conversation_initiation_source,
            text_only=text_only,
            conversation_product_type=conversation_product_type,
            branch_id=branch_id,
            version_id=version_id,
            topic_ids=topic_ids,
            sort_by=sort_by,
            cursor=cursor,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    text_query: str,
    agent_id: None | str | Unset = UNSET,
    visited_agent_ids: list[str] | None | Unset = UNSET,
    visited_agent_branch_ids: list[str] | None | Unset = UNSET,
    triggered_procedure_ids: list[str] | None | Unset = UNSET,
    call_successful: EvaluationSuccessResult | None | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    call_duration_min_secs: int | None | Unset = UNSET,
    call_duration_max_secs: int | None | Unset = UNSET,
    rating_max: int | None | Unset = UNSET,
    rating_min: int | None | Unset = UNSET,
    has_feedback_comment: bool | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    evaluation_params: list[str] | None | Unset = UNSET,
    data_collection_params: list[str] | None | Unset = UNSET,
    tool_names: list[str] | None | Unset = UNSET,
    tool_names_successful: list[str] | None | Unset = UNSET,
    tool_names_errored: list[str] | None | Unset = UNSET,
    include_invalid_tool_calls: bool | Unset = UNSET,
    main_languages: list[str] | None | Unset = UNSET,
    exclude_statuses: list[ConversationalAiConversationsMessagesTextSearchExcludeStatusesType0Item]
    | None
    | Unset = UNSET,
    termination_reasons: list[str] | None | Unset = UNSET,
    page_size: int | Unset = UNSET,
    summary_mode: ConversationalAiConversationsMessagesTextSearchSummaryMode | Unset = UNSET,
    conversation_initiation_source: ConversationInitiationSource | None | Unset = UNSET,
    text_only: bool | None | Unset = UNSET,
    conversation_product_type: ConversationProduct | None | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    version_id: None | str | Unset = UNSET,
    topic_ids: list[str] | None | Unset = UNSET,
    sort_by: MessageSearchSortBy | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[HttpValidationError | MessagesSearchResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        text_query=text_query,
        agent_id=agent_id,
        visited_agent_ids=visited_agent_ids,
        visited_agent_branch_ids=visited_agent_branch_ids,
        triggered_procedure_ids=triggered_procedure_ids,
        call_successful=call_successful,
        call_start_before_unix=call_start_before_unix,
        call_start_after_unix=call_start_after_unix,
        call_duration_min_secs=call_duration_min_secs,
        call_duration_max_secs=call_duration_max_secs,
        rating_max=rating_max,
        rating_min=rating_min,
        has_feedback_comment=has_feedback_comment,
        user_id=user_id,
        evaluation_params=evaluation_params,
        data_collection_params=data_collection_params,
        tool_names=tool_names,
        tool_names_successful=tool_names_successful,
        tool_names_errored=tool_names_errored,
        include_invalid_tool_calls=include_invalid_tool_calls,
        main_languages=main_languages,
        exclude_statuses=exclude_statuses,
        termination_reasons=termination_reasons,
        page_size=page_size,
        summary_mode=summary_mode,
        conversation_initiation_source=conversation_initiation_source,
        text_only=text_only,
        conversation_product_type=conversation_product_type,
        branch_id=branch_id,
        version_id=version_id,
        topic_ids=topic_ids,
        sort_by=sort_by,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
