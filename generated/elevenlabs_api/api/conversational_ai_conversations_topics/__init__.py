"""`client.conversational_ai.conversations.topics`: the operations of group `conversational_ai_conversations_topics`, as methods of ConversationalAiConversationsTopicsResource and AsyncConversationalAiConversationsTopicsResource."""

from __future__ import annotations

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
    check_path_parameter,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import conversational_ai_conversations_topics_get


def _parse_conversational_ai_conversations_topics_get(response: httpx.Response) -> models.GetAgentTopicsResponseModel:
    from ...models.get_agent_topics_response_model import GetAgentTopicsResponseModel

    response_200 = GetAgentTopicsResponseModel.from_dict(loads(response.content))

    return response_200


_PAGING_CONVERSATIONAL_AI_CONVERSATIONS_TOPICS_GET = Paging(
    items="topics",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)


class ConversationalAiConversationsTopicsGetQuery(TypedDict, total=False):
    """The query parameters of `get`, for passing them on as keyword arguments."""

    page_size: int | None | Unset
    sort_by: models.TopicSortBy | Unset
    sort_direction: models.SortDirection | Unset
    from_unix_secs: int | None | Unset
    to_unix_secs: int | None | Unset
    include_evaluation_criteria: bool | Unset
    cursor: None | str | Unset


class ConversationalAiConversationsTopicsResource:
    """The operations of group `conversational_ai_conversations_topics`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiConversationsTopicsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiConversationsTopicsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def get(
        self,
        agent_id: str,
        *,
        page_size: int | None | Unset = UNSET,
        sort_by: models.TopicSortBy | Unset = UNSET,
        sort_direction: models.SortDirection | Unset = UNSET,
        from_unix_secs: int | None | Unset = UNSET,
        to_unix_secs: int | None | Unset = UNSET,
        include_evaluation_criteria: bool | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetAgentTopicsResponseModel:
        """Get Agent Conversation Topics

        Returns the latest topic discovery run results for a given agent.

        `GET /v1/convai/agents/{agent_id}/topics`.

        Args:
            agent_id (str): ID of the agent
            page_size (int | None | Unset): Number of top-level topic groups to return.
            sort_by (TopicSortBy | Unset):  One of: conversations, frustration, sentiment, success_rate.
            sort_direction (SortDirection | Unset):  One of: asc, desc.
            from_unix_secs (int | None | Unset): Start of the window to view topics for. When set with
                to_unix_secs, the completed daily topic-discovery runs in the range are aggregated together,
                so the window scopes the metrics as well as the topic set. Floored to the start of its UTC
                day because runs cover whole UTC days; aggregated_run_count reports how many runs were
                summed. Omit both bounds to get the single latest run.
            to_unix_secs (int | None | Unset): End of the window to view topics for.
            include_evaluation_criteria (bool | Unset): Include the per-criteria evaluation breakdown on
                each topic's metrics. Pass false to drop it: it dominates the payload and the weighted
                success_rate is returned either way. Defaults to True on the server.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        kwargs = conversational_ai_conversations_topics_get._get_kwargs(
            agent_id=agent_id,
            page_size=page_size,
            sort_by=sort_by,
            sort_direction=sort_direction,
            from_unix_secs=from_unix_secs,
            to_unix_secs=to_unix_secs,
            include_evaluation_criteria=include_evaluation_criteria,
            cursor=cursor,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_conversations_topics_get, request_options)

    def iter_get_pages(
        self,
        agent_id: str,
        **query: Unpack[ConversationalAiConversationsTopicsGetQuery],
    ) -> Iterator[models.GetAgentTopicsResponseModel]:
        """Every page of `get` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(
            functools.partial(self.get, agent_id), query, _PAGING_CONVERSATIONAL_AI_CONVERSATIONS_TOPICS_GET
        )

    def iter_get(
        self,
        agent_id: str,
        **query: Unpack[ConversationalAiConversationsTopicsGetQuery],
    ) -> Iterator[models.AgentTopicResponseModel]:
        """Every item (`topics`) of every page of `get` with these parameters."""
        for page in self.iter_get_pages(agent_id, **query):
            yield from page.topics


class ConversationalAiConversationsTopicsResourceWithRawResponse:
    """`ConversationalAiConversationsTopicsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiConversationsTopicsResource) -> None:
        self.get = raw_response(resource.get)


class AsyncConversationalAiConversationsTopicsResource:
    """The operations of group `conversational_ai_conversations_topics`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiConversationsTopicsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiConversationsTopicsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def get(
        self,
        agent_id: str,
        *,
        page_size: int | None | Unset = UNSET,
        sort_by: models.TopicSortBy | Unset = UNSET,
        sort_direction: models.SortDirection | Unset = UNSET,
        from_unix_secs: int | None | Unset = UNSET,
        to_unix_secs: int | None | Unset = UNSET,
        include_evaluation_criteria: bool | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetAgentTopicsResponseModel:
        """Get Agent Conversation Topics

        Returns the latest topic discovery run results for a given agent.

        `GET /v1/convai/agents/{agent_id}/topics`.

        Args:
            agent_id (str): ID of the agent
            page_size (int | None | Unset): Number of top-level topic groups to return.
            sort_by (TopicSortBy | Unset):  One of: conversations, frustration, sentiment, success_rate.
            sort_direction (SortDirection | Unset):  One of: asc, desc.
            from_unix_secs (int | None | Unset): Start of the window to view topics for. When set with
                to_unix_secs, the completed daily topic-discovery runs in the range are aggregated together,
                so the window scopes the metrics as well as the topic set. Floored to the start of its UTC
                day because runs cover whole UTC days; aggregated_run_count reports how many runs were
                summed. Omit both bounds to get the single latest run.
            to_unix_secs (int | None | Unset): End of the window to view topics for.
            include_evaluation_criteria (bool | Unset): Include the per-criteria evaluation breakdown on
                each topic's metrics. Pass false to drop it: it dominates the payload and the weighted
                success_rate is returned either way. Defaults to True on the server.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        kwargs = conversational_ai_conversations_topics_get._get_kwargs(
            agent_id=agent_id,
            page_size=page_size,
            sort_by=sort_by,
            sort_direction=sort_direction,
            from_unix_secs=from_unix_secs,
            to_unix_secs=to_unix_secs,
            include_evaluation_criteria=include_evaluation_criteria,
            cursor=cursor,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_conversations_topics_get, request_options)

    def iter_get_pages(
        self,
        agent_id: str,
        **query: Unpack[ConversationalAiConversationsTopicsGetQuery],
    ) -> AsyncIterator[models.GetAgentTopicsResponseModel]:
        """Every page of `get` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(
            functools.partial(self.get, agent_id), query, _PAGING_CONVERSATIONAL_AI_CONVERSATIONS_TOPICS_GET
        )

    async def iter_get(
        self,
        agent_id: str,
        **query: Unpack[ConversationalAiConversationsTopicsGetQuery],
    ) -> AsyncIterator[models.AgentTopicResponseModel]:
        """Every item (`topics`) of every page of `get` with these parameters."""
        async for page in self.iter_get_pages(agent_id, **query):
            for item in page.topics:
                yield item


class AsyncConversationalAiConversationsTopicsResourceWithRawResponse:
    """`AsyncConversationalAiConversationsTopicsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiConversationsTopicsResource) -> None:
        self.get = async_raw_response(resource.get)
