"""`client.conversational_ai.conversations.messages`: the operations of group `conversational_ai_conversations_messages`, as methods of ConversationalAiConversationsMessagesResource and AsyncConversationalAiConversationsMessagesResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, TypedDict, Unpack

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncRequester,
    Paging,
    Requester,
    RequestOptions,
    async_raw_response,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import conversational_ai_conversations_messages_search, conversational_ai_conversations_messages_text_search


def _parse_conversational_ai_conversations_messages_search(response: httpx.Response) -> models.MessagesSearchResponse:
    from ...models.messages_search_response import MessagesSearchResponse

    response_200 = MessagesSearchResponse.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_conversations_messages_text_search(
    response: httpx.Response,
) -> models.MessagesSearchResponse:
    from ...models.messages_search_response import MessagesSearchResponse

    response_200 = MessagesSearchResponse.from_dict(loads(response.content))

    return response_200


_PAGING_CONVERSATIONAL_AI_CONVERSATIONS_MESSAGES_SEARCH = Paging(
    items="results",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)
_PAGING_CONVERSATIONAL_AI_CONVERSATIONS_MESSAGES_TEXT_SEARCH = Paging(
    items="results",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)


class ConversationalAiConversationsMessagesSearchQuery(TypedDict, total=False):
    """The query parameters of `search`, for passing them on as keyword arguments."""

    text_query: str
    agent_id: None | str | Unset
    page_size: int | Unset
    cursor: None | str | Unset


class ConversationalAiConversationsMessagesTextSearchQuery(TypedDict, total=False):
    """The query parameters of `text_search`, for passing them on as keyword arguments."""

    text_query: str
    agent_id: None | str | Unset
    visited_agent_ids: builtins.list[str] | None | Unset
    visited_agent_branch_ids: builtins.list[str] | None | Unset
    triggered_procedure_ids: builtins.list[str] | None | Unset
    call_successful: models.EvaluationSuccessResult | None | Unset
    call_start_before_unix: int | None | Unset
    call_start_after_unix: int | None | Unset
    call_duration_min_secs: int | None | Unset
    call_duration_max_secs: int | None | Unset
    rating_max: int | None | Unset
    rating_min: int | None | Unset
    has_feedback_comment: bool | None | Unset
    user_id: None | str | Unset
    evaluation_params: builtins.list[str] | None | Unset
    data_collection_params: builtins.list[str] | None | Unset
    tool_names: builtins.list[str] | None | Unset
    tool_names_successful: builtins.list[str] | None | Unset
    tool_names_errored: builtins.list[str] | None | Unset
    include_invalid_tool_calls: bool | Unset
    main_languages: builtins.list[str] | None | Unset
    exclude_statuses: (
        builtins.list[models.ConversationalAiConversationsMessagesTextSearchExcludeStatusesType0Item] | None | Unset
    )
    termination_reasons: builtins.list[str] | None | Unset
    page_size: int | Unset
    summary_mode: models.ConversationalAiConversationsMessagesTextSearchSummaryMode | Unset
    conversation_initiation_source: models.ConversationInitiationSource | None | Unset
    text_only: bool | None | Unset
    conversation_product_type: models.ConversationProduct | None | Unset
    branch_id: None | str | Unset
    version_id: None | str | Unset
    topic_ids: builtins.list[str] | None | Unset
    sort_by: models.MessageSearchSortBy | Unset
    cursor: None | str | Unset


class ConversationalAiConversationsMessagesResource:
    """The operations of group `conversational_ai_conversations_messages`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiConversationsMessagesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiConversationsMessagesResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def search(
        self,
        *,
        text_query: str,
        agent_id: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.MessagesSearchResponse:
        """Smart Search Conversation Messages

        Search conversation transcripts by semantic similarity to surface relevant messages based on meaning
        and intent, rather than exact keyword matches

        `GET /v1/convai/conversations/messages/smart-search`.

        Args:
            text_query (str): The search query text for semantic similarity matching
            agent_id (None | str | Unset): Agent id (agent_…) or speech engine external id (seng_),
                resolved to the same underlying resource.
            page_size (int | Unset): Number of results per page. Max 50. Defaults to 20 on the server.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_conversations_messages_search._get_kwargs(
            text_query=text_query,
            agent_id=agent_id,
            page_size=page_size,
            cursor=cursor,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_conversations_messages_search, request_options)

    def iter_search_pages(
        self,
        **query: Unpack[ConversationalAiConversationsMessagesSearchQuery],
    ) -> Iterator[models.MessagesSearchResponse]:
        """Every page of `search` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.search, query, _PAGING_CONVERSATIONAL_AI_CONVERSATIONS_MESSAGES_SEARCH)

    def iter_search(
        self,
        **query: Unpack[ConversationalAiConversationsMessagesSearchQuery],
    ) -> Iterator[models.MessagesSearchResult]:
        """Every item (`results`) of every page of `search` with these parameters."""
        for page in self.iter_search_pages(**query):
            yield from page.results

    def text_search(
        self,
        *,
        text_query: str,
        agent_id: None | str | Unset = UNSET,
        visited_agent_ids: builtins.list[str] | None | Unset = UNSET,
        visited_agent_branch_ids: builtins.list[str] | None | Unset = UNSET,
        triggered_procedure_ids: builtins.list[str] | None | Unset = UNSET,
        call_successful: models.EvaluationSuccessResult | None | Unset = UNSET,
        call_start_before_unix: int | None | Unset = UNSET,
        call_start_after_unix: int | None | Unset = UNSET,
        call_duration_min_secs: int | None | Unset = UNSET,
        call_duration_max_secs: int | None | Unset = UNSET,
        rating_max: int | None | Unset = UNSET,
        rating_min: int | None | Unset = UNSET,
        has_feedback_comment: bool | None | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        evaluation_params: builtins.list[str] | None | Unset = UNSET,
        data_collection_params: builtins.list[str] | None | Unset = UNSET,
        tool_names: builtins.list[str] | None | Unset = UNSET,
        tool_names_successful: builtins.list[str] | None | Unset = UNSET,
        tool_names_errored: builtins.list[str] | None | Unset = UNSET,
        include_invalid_tool_calls: bool | Unset = UNSET,
        main_languages: builtins.list[str] | None | Unset = UNSET,
        exclude_statuses: builtins.list[models.ConversationalAiConversationsMessagesTextSearchExcludeStatusesType0Item]
        | None
        | Unset = UNSET,
        termination_reasons: builtins.list[str] | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        summary_mode: models.ConversationalAiConversationsMessagesTextSearchSummaryMode | Unset = UNSET,
        conversation_initiation_source: models.ConversationInitiationSource | None | Unset = UNSET,
        text_only: bool | None | Unset = UNSET,
        conversation_product_type: models.ConversationProduct | None | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        version_id: None | str | Unset = UNSET,
        topic_ids: builtins.list[str] | None | Unset = UNSET,
        sort_by: models.MessageSearchSortBy | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.MessagesSearchResponse:
        """Text Search Conversation Messages

        Search through conversation transcript messages by full-text and fuzzy search

        `GET /v1/convai/conversations/messages/text-search`.

        Args:
            text_query (str): The search query text for full-text and fuzzy matching
            agent_id (None | str | Unset): Agent id (agent_…) or speech engine external id (seng_),
                resolved to the same underlying resource.
            visited_agent_ids (list[str] | None | Unset): Filter conversations where any of these agents
                participated. Can not exceed 50 values.
            visited_agent_branch_ids (list[str] | None | Unset): Filter conversations where any of these
                agent branches participated. Can not exceed 50 values.
            triggered_procedure_ids (list[str] | None | Unset): Filter conversations where any of these
                procedures were triggered. Can not exceed 50 values.
            call_successful (EvaluationSuccessResult | None | Unset): The result of the success
                evaluation One of: failure, success, unknown.
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
            include_invalid_tool_calls (bool | Unset): Also match tool calls that never ran. Defaults to
                False on the server.
            main_languages (list[str] | None | Unset): Filter conversations by detected main language
                (language code).
            exclude_statuses (list[ConversationalAiConversationsMessagesTextSearchExcludeStatusesType0Item] | None | Unset):
                Exclude conversations with the given statuses. Useful for hiding in-progress / processing
                conversations from list views.
            termination_reasons (list[str] | None | Unset): Filter conversations by their stored
                termination_reason (metadata.termination_reason). Repeat param to match any of several.
            page_size (int | Unset): Number of results per page. Max 50. Defaults to 20 on the server.
            summary_mode (ConversationalAiConversationsMessagesTextSearchSummaryMode | Unset): Whether
                to include transcript summaries in the response. Defaults to 'exclude' on the server. One
                of: exclude, include.
            conversation_initiation_source (ConversationInitiationSource | None | Unset):  One of:
                android_sdk, flutter_sdk, genesys, js_sdk, node_js_sdk, python_sdk, react_native_sdk,
                react_sdk, sip_trunk, swift_sdk, twilio, unknown, whatsapp, widget.
            text_only (bool | None | Unset):
            conversation_product_type (ConversationProduct | None | Unset): Restrict results to a single
                conversation product surface. One of: agents, speech_engine.
            branch_id (None | str | Unset): Filter conversations by branch ID.
            version_id (None | str | Unset): Filter conversations by version ID.
            topic_ids (list[str] | None | Unset): Filter conversations by topic IDs assigned during
                topic discovery.
            sort_by (MessageSearchSortBy | Unset):  One of: created_at, search_score.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_conversations_messages_text_search._get_kwargs(
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

        return self._requester.request(
            kwargs, _parse_conversational_ai_conversations_messages_text_search, request_options
        )

    def iter_text_search_pages(
        self,
        **query: Unpack[ConversationalAiConversationsMessagesTextSearchQuery],
    ) -> Iterator[models.MessagesSearchResponse]:
        """Every page of `text_search` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(
            self.text_search, query, _PAGING_CONVERSATIONAL_AI_CONVERSATIONS_MESSAGES_TEXT_SEARCH
        )

    def iter_text_search(
        self,
        **query: Unpack[ConversationalAiConversationsMessagesTextSearchQuery],
    ) -> Iterator[models.MessagesSearchResult]:
        """Every item (`results`) of every page of `text_search` with these parameters."""
        for page in self.iter_text_search_pages(**query):
            yield from page.results


class ConversationalAiConversationsMessagesResourceWithRawResponse:
    """`ConversationalAiConversationsMessagesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiConversationsMessagesResource) -> None:
        self.search = raw_response(resource.search)
        self.text_search = raw_response(resource.text_search)


class AsyncConversationalAiConversationsMessagesResource:
    """The operations of group `conversational_ai_conversations_messages`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiConversationsMessagesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiConversationsMessagesResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def search(
        self,
        *,
        text_query: str,
        agent_id: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.MessagesSearchResponse:
        """Smart Search Conversation Messages

        Search conversation transcripts by semantic similarity to surface relevant messages based on meaning
        and intent, rather than exact keyword matches

        `GET /v1/convai/conversations/messages/smart-search`.

        Args:
            text_query (str): The search query text for semantic similarity matching
            agent_id (None | str | Unset): Agent id (agent_…) or speech engine external id (seng_),
                resolved to the same underlying resource.
            page_size (int | Unset): Number of results per page. Max 50. Defaults to 20 on the server.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_conversations_messages_search._get_kwargs(
            text_query=text_query,
            agent_id=agent_id,
            page_size=page_size,
            cursor=cursor,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_conversations_messages_search, request_options
        )

    def iter_search_pages(
        self,
        **query: Unpack[ConversationalAiConversationsMessagesSearchQuery],
    ) -> AsyncIterator[models.MessagesSearchResponse]:
        """Every page of `search` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.search, query, _PAGING_CONVERSATIONAL_AI_CONVERSATIONS_MESSAGES_SEARCH)

    async def iter_search(
        self,
        **query: Unpack[ConversationalAiConversationsMessagesSearchQuery],
    ) -> AsyncIterator[models.MessagesSearchResult]:
        """Every item (`results`) of every page of `search` with these parameters."""
        async for page in self.iter_search_pages(**query):
            for item in page.results:
                yield item

    async def text_search(
        self,
        *,
        text_query: str,
        agent_id: None | str | Unset = UNSET,
        visited_agent_ids: builtins.list[str] | None | Unset = UNSET,
        visited_agent_branch_ids: builtins.list[str] | None | Unset = UNSET,
        triggered_procedure_ids: builtins.list[str] | None | Unset = UNSET,
        call_successful: models.EvaluationSuccessResult | None | Unset = UNSET,
        call_start_before_unix: int | None | Unset = UNSET,
        call_start_after_unix: int | None | Unset = UNSET,
        call_duration_min_secs: int | None | Unset = UNSET,
        call_duration_max_secs: int | None | Unset = UNSET,
        rating_max: int | None | Unset = UNSET,
        rating_min: int | None | Unset = UNSET,
        has_feedback_comment: bool | None | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        evaluation_params: builtins.list[str] | None | Unset = UNSET,
        data_collection_params: builtins.list[str] | None | Unset = UNSET,
        tool_names: builtins.list[str] | None | Unset = UNSET,
        tool_names_successful: builtins.list[str] | None | Unset = UNSET,
        tool_names_errored: builtins.list[str] | None | Unset = UNSET,
        include_invalid_tool_calls: bool | Unset = UNSET,
        main_languages: builtins.list[str] | None | Unset = UNSET,
        exclude_statuses: builtins.list[models.ConversationalAiConversationsMessagesTextSearchExcludeStatusesType0Item]
        | None
        | Unset = UNSET,
        termination_reasons: builtins.list[str] | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        summary_mode: models.ConversationalAiConversationsMessagesTextSearchSummaryMode | Unset = UNSET,
        conversation_initiation_source: models.ConversationInitiationSource | None | Unset = UNSET,
        text_only: bool | None | Unset = UNSET,
        conversation_product_type: models.ConversationProduct | None | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        version_id: None | str | Unset = UNSET,
        topic_ids: builtins.list[str] | None | Unset = UNSET,
        sort_by: models.MessageSearchSortBy | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.MessagesSearchResponse:
        """Text Search Conversation Messages

        Search through conversation transcript messages by full-text and fuzzy search

        `GET /v1/convai/conversations/messages/text-search`.

        Args:
            text_query (str): The search query text for full-text and fuzzy matching
            agent_id (None | str | Unset): Agent id (agent_…) or speech engine external id (seng_),
                resolved to the same underlying resource.
            visited_agent_ids (list[str] | None | Unset): Filter conversations where any of these agents
                participated. Can not exceed 50 values.
            visited_agent_branch_ids (list[str] | None | Unset): Filter conversations where any of these
                agent branches participated. Can not exceed 50 values.
            triggered_procedure_ids (list[str] | None | Unset): Filter conversations where any of these
                procedures were triggered. Can not exceed 50 values.
            call_successful (EvaluationSuccessResult | None | Unset): The result of the success
                evaluation One of: failure, success, unknown.
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
            include_invalid_tool_calls (bool | Unset): Also match tool calls that never ran. Defaults to
                False on the server.
            main_languages (list[str] | None | Unset): Filter conversations by detected main language
                (language code).
            exclude_statuses (list[ConversationalAiConversationsMessagesTextSearchExcludeStatusesType0Item] | None | Unset):
                Exclude conversations with the given statuses. Useful for hiding in-progress / processing
                conversations from list views.
            termination_reasons (list[str] | None | Unset): Filter conversations by their stored
                termination_reason (metadata.termination_reason). Repeat param to match any of several.
            page_size (int | Unset): Number of results per page. Max 50. Defaults to 20 on the server.
            summary_mode (ConversationalAiConversationsMessagesTextSearchSummaryMode | Unset): Whether
                to include transcript summaries in the response. Defaults to 'exclude' on the server. One
                of: exclude, include.
            conversation_initiation_source (ConversationInitiationSource | None | Unset):  One of:
                android_sdk, flutter_sdk, genesys, js_sdk, node_js_sdk, python_sdk, react_native_sdk,
                react_sdk, sip_trunk, swift_sdk, twilio, unknown, whatsapp, widget.
            text_only (bool | None | Unset):
            conversation_product_type (ConversationProduct | None | Unset): Restrict results to a single
                conversation product surface. One of: agents, speech_engine.
            branch_id (None | str | Unset): Filter conversations by branch ID.
            version_id (None | str | Unset): Filter conversations by version ID.
            topic_ids (list[str] | None | Unset): Filter conversations by topic IDs assigned during
                topic discovery.
            sort_by (MessageSearchSortBy | Unset):  One of: created_at, search_score.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_conversations_messages_text_search._get_kwargs(
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

        return await self._requester.request(
            kwargs, _parse_conversational_ai_conversations_messages_text_search, request_options
        )

    def iter_text_search_pages(
        self,
        **query: Unpack[ConversationalAiConversationsMessagesTextSearchQuery],
    ) -> AsyncIterator[models.MessagesSearchResponse]:
        """Every page of `text_search` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(
            self.text_search, query, _PAGING_CONVERSATIONAL_AI_CONVERSATIONS_MESSAGES_TEXT_SEARCH
        )

    async def iter_text_search(
        self,
        **query: Unpack[ConversationalAiConversationsMessagesTextSearchQuery],
    ) -> AsyncIterator[models.MessagesSearchResult]:
        """Every item (`results`) of every page of `text_search` with these parameters."""
        async for page in self.iter_text_search_pages(**query):
            for item in page.results:
                yield item


class AsyncConversationalAiConversationsMessagesResourceWithRawResponse:
    """`AsyncConversationalAiConversationsMessagesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiConversationsMessagesResource) -> None:
        self.search = async_raw_response(resource.search)
        self.text_search = async_raw_response(resource.text_search)
