"""`client.conversational_ai.agents.knowledge_base`: the operations of group `conversational_ai_agents_knowledge_base`, as methods of ConversationalAiAgentsKnowledgeBaseResource and AsyncConversationalAiAgentsKnowledgeBaseResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import httpx

from ...types import loads
from .. import (
    AsyncRequester,
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
from . import conversational_ai_agents_knowledge_base_size


def _parse_conversational_ai_agents_knowledge_base_size(
    response: httpx.Response,
) -> models.GetAgentKnowledgebaseSizeResponseModel:
    from ...models.get_agent_knowledgebase_size_response_model import GetAgentKnowledgebaseSizeResponseModel

    response_200 = GetAgentKnowledgebaseSizeResponseModel.from_dict(loads(response.content))

    return response_200


class ConversationalAiAgentsKnowledgeBaseResource:
    """The operations of group `conversational_ai_agents_knowledge_base`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiAgentsKnowledgeBaseResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiAgentsKnowledgeBaseResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def size(
        self,
        agent_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetAgentKnowledgebaseSizeResponseModel:
        """Returns The Size Of The Agent'S Knowledge Base

        Returns the number of pages in the agent's knowledge base.

        `GET /v1/convai/agent/{agent_id}/knowledge-base/size`.

        Args:
            agent_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        kwargs = conversational_ai_agents_knowledge_base_size._get_kwargs(
            agent_id=agent_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_knowledge_base_size, request_options)


class ConversationalAiAgentsKnowledgeBaseResourceWithRawResponse:
    """`ConversationalAiAgentsKnowledgeBaseResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiAgentsKnowledgeBaseResource) -> None:
        self.size = raw_response(resource.size)


class AsyncConversationalAiAgentsKnowledgeBaseResource:
    """The operations of group `conversational_ai_agents_knowledge_base`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiAgentsKnowledgeBaseResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiAgentsKnowledgeBaseResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def size(
        self,
        agent_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetAgentKnowledgebaseSizeResponseModel:
        """Returns The Size Of The Agent'S Knowledge Base

        Returns the number of pages in the agent's knowledge base.

        `GET /v1/convai/agent/{agent_id}/knowledge-base/size`.

        Args:
            agent_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        kwargs = conversational_ai_agents_knowledge_base_size._get_kwargs(
            agent_id=agent_id,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_agents_knowledge_base_size, request_options
        )


class AsyncConversationalAiAgentsKnowledgeBaseResourceWithRawResponse:
    """`AsyncConversationalAiAgentsKnowledgeBaseResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiAgentsKnowledgeBaseResource) -> None:
        self.size = async_raw_response(resource.size)
