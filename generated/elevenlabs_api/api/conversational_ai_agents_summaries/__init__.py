"""`client.conversational_ai.agents.summaries`: the operations of group `conversational_ai_agents_summaries`, as methods of ConversationalAiAgentsSummariesResource and AsyncConversationalAiAgentsSummariesResource."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, TypedDict

import httpx

from ...types import loads
from .. import (
    AsyncRequester,
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
from . import conversational_ai_agents_summaries_get


def _parse_conversational_ai_agents_summaries_get(
    response: httpx.Response,
) -> models.ConversationalAiAgentsSummariesGetResponseGetAgentSummariesV1ConvaiAgentsSummariesGet:
    from ...models.conversational_ai_agents_summaries_get_response_get_agent_summaries_v1_convai_agents_summaries_get import (
        ConversationalAiAgentsSummariesGetResponseGetAgentSummariesV1ConvaiAgentsSummariesGet,
    )

    response_200 = ConversationalAiAgentsSummariesGetResponseGetAgentSummariesV1ConvaiAgentsSummariesGet.from_dict(
        loads(response.content)
    )

    return response_200


class ConversationalAiAgentsSummariesGetQuery(TypedDict, total=False):
    """The query parameters of `get`, for passing them on as keyword arguments."""

    agent_ids: builtins.list[str]


class ConversationalAiAgentsSummariesResource:
    """The operations of group `conversational_ai_agents_summaries`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiAgentsSummariesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiAgentsSummariesResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        *,
        agent_ids: builtins.list[str],
        request_options: RequestOptions | None = None,
    ) -> models.ConversationalAiAgentsSummariesGetResponseGetAgentSummariesV1ConvaiAgentsSummariesGet:
        """Get Agent Summaries

        Returns summaries for the specified agents.

        `GET /v1/convai/agents/summaries`.

        Args:
            agent_ids (list[str]): List of agent IDs to fetch summaries for
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_agents_summaries_get._get_kwargs(
            agent_ids=agent_ids,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_summaries_get, request_options)


class ConversationalAiAgentsSummariesResourceWithRawResponse:
    """`ConversationalAiAgentsSummariesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiAgentsSummariesResource) -> None:
        self.get = raw_response(resource.get)


class AsyncConversationalAiAgentsSummariesResource:
    """The operations of group `conversational_ai_agents_summaries`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiAgentsSummariesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiAgentsSummariesResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def get(
        self,
        *,
        agent_ids: builtins.list[str],
        request_options: RequestOptions | None = None,
    ) -> models.ConversationalAiAgentsSummariesGetResponseGetAgentSummariesV1ConvaiAgentsSummariesGet:
        """Get Agent Summaries

        Returns summaries for the specified agents.

        `GET /v1/convai/agents/summaries`.

        Args:
            agent_ids (list[str]): List of agent IDs to fetch summaries for
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_agents_summaries_get._get_kwargs(
            agent_ids=agent_ids,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_summaries_get, request_options)


class AsyncConversationalAiAgentsSummariesResourceWithRawResponse:
    """`AsyncConversationalAiAgentsSummariesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiAgentsSummariesResource) -> None:
        self.get = async_raw_response(resource.get)
