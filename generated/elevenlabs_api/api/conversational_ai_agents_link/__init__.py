"""`client.conversational_ai.agents.link`: the operations of group `conversational_ai_agents_link`, as methods of ConversationalAiAgentsLinkResource and AsyncConversationalAiAgentsLinkResource."""

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
from . import conversational_ai_agents_link_get


def _parse_conversational_ai_agents_link_get(response: httpx.Response) -> models.GetAgentLinkResponseModel:
    from ...models.get_agent_link_response_model import GetAgentLinkResponseModel

    response_200 = GetAgentLinkResponseModel.from_dict(loads(response.content))

    return response_200


class ConversationalAiAgentsLinkResource:
    """The operations of group `conversational_ai_agents_link`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiAgentsLinkResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiAgentsLinkResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        agent_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetAgentLinkResponseModel:
        """Get Shareable Agent Link

        Get the current link used to share the agent with others

        `GET /v1/convai/agents/{agent_id}/link`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        kwargs = conversational_ai_agents_link_get._get_kwargs(
            agent_id=agent_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_link_get, request_options)


class ConversationalAiAgentsLinkResourceWithRawResponse:
    """`ConversationalAiAgentsLinkResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiAgentsLinkResource) -> None:
        self.get = raw_response(resource.get)


class AsyncConversationalAiAgentsLinkResource:
    """The operations of group `conversational_ai_agents_link`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiAgentsLinkResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiAgentsLinkResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def get(
        self,
        agent_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetAgentLinkResponseModel:
        """Get Shareable Agent Link

        Get the current link used to share the agent with others

        `GET /v1/convai/agents/{agent_id}/link`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        kwargs = conversational_ai_agents_link_get._get_kwargs(
            agent_id=agent_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_link_get, request_options)


class AsyncConversationalAiAgentsLinkResourceWithRawResponse:
    """`AsyncConversationalAiAgentsLinkResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiAgentsLinkResource) -> None:
        self.get = async_raw_response(resource.get)
