"""`client.conversational_ai.agents.versions`: the operations of group `conversational_ai_agents_versions`, as methods of ConversationalAiAgentsVersionsResource and AsyncConversationalAiAgentsVersionsResource."""

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
from . import conversational_ai_agents_versions_get


def _parse_conversational_ai_agents_versions_get(response: httpx.Response) -> models.AgentVersionMetadata:
    from ...models.agent_version_metadata import AgentVersionMetadata

    response_200 = AgentVersionMetadata.from_dict(loads(response.content))

    return response_200


class ConversationalAiAgentsVersionsResource:
    """The operations of group `conversational_ai_agents_versions`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiAgentsVersionsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiAgentsVersionsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        agent_id: str,
        version_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.AgentVersionMetadata:
        """Get Agent Version Metadata

        Get metadata for a specific agent version

        `GET /v1/convai/agents/{agent_id}/versions/{version_id}`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            version_id (str): Unique identifier for the version.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("version_id", version_id)
        kwargs = conversational_ai_agents_versions_get._get_kwargs(
            agent_id=agent_id,
            version_id=version_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_versions_get, request_options)


class ConversationalAiAgentsVersionsResourceWithRawResponse:
    """`ConversationalAiAgentsVersionsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiAgentsVersionsResource) -> None:
        self.get = raw_response(resource.get)


class AsyncConversationalAiAgentsVersionsResource:
    """The operations of group `conversational_ai_agents_versions`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiAgentsVersionsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiAgentsVersionsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def get(
        self,
        agent_id: str,
        version_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.AgentVersionMetadata:
        """Get Agent Version Metadata

        Get metadata for a specific agent version

        `GET /v1/convai/agents/{agent_id}/versions/{version_id}`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            version_id (str): Unique identifier for the version.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        check_path_parameter("version_id", version_id)
        kwargs = conversational_ai_agents_versions_get._get_kwargs(
            agent_id=agent_id,
            version_id=version_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_versions_get, request_options)


class AsyncConversationalAiAgentsVersionsResourceWithRawResponse:
    """`AsyncConversationalAiAgentsVersionsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiAgentsVersionsResource) -> None:
        self.get = async_raw_response(resource.get)
