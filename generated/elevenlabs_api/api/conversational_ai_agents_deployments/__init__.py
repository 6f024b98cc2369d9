"""`client.conversational_ai.agents.deployments`: the operations of group `conversational_ai_agents_deployments`, as methods of ConversationalAiAgentsDeploymentsResource and AsyncConversationalAiAgentsDeploymentsResource."""

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
from . import conversational_ai_agents_deployments_create


def _parse_conversational_ai_agents_deployments_create(response: httpx.Response) -> models.AgentDeploymentResponse:
    from ...models.agent_deployment_response import AgentDeploymentResponse

    response_200 = AgentDeploymentResponse.from_dict(loads(response.content))

    return response_200


class ConversationalAiAgentsDeploymentsResource:
    """The operations of group `conversational_ai_agents_deployments`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiAgentsDeploymentsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiAgentsDeploymentsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def create(
        self,
        agent_id: str,
        deployment_request: models.AgentDeploymentRequest,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.AgentDeploymentResponse:
        """Create Or Update Deployments

        Create a new deployment for an agent

        `POST /v1/convai/agents/{agent_id}/deployments`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            deployment_request (AgentDeploymentRequest):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.body_create_or_update_deployments_v1_convai_agents_agent_id_deployments_post import (
            BodyCreateOrUpdateDeploymentsV1ConvaiAgentsAgentIdDeploymentsPost,
        )

        kwargs = conversational_ai_agents_deployments_create._get_kwargs(
            agent_id=agent_id,
            body=BodyCreateOrUpdateDeploymentsV1ConvaiAgentsAgentIdDeploymentsPost(
                deployment_request=deployment_request,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_deployments_create, request_options)


class ConversationalAiAgentsDeploymentsResourceWithRawResponse:
    """`ConversationalAiAgentsDeploymentsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiAgentsDeploymentsResource) -> None:
        self.create = raw_response(resource.create)


class AsyncConversationalAiAgentsDeploymentsResource:
    """The operations of group `conversational_ai_agents_deployments`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiAgentsDeploymentsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiAgentsDeploymentsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def create(
        self,
        agent_id: str,
        deployment_request: models.AgentDeploymentRequest,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.AgentDeploymentResponse:
        """Create Or Update Deployments

        Create a new deployment for an agent

        `POST /v1/convai/agents/{agent_id}/deployments`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            deployment_request (AgentDeploymentRequest):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.body_create_or_update_deployments_v1_convai_agents_agent_id_deployments_post import (
            BodyCreateOrUpdateDeploymentsV1ConvaiAgentsAgentIdDeploymentsPost,
        )

        kwargs = conversational_ai_agents_deployments_create._get_kwargs(
            agent_id=agent_id,
            body=BodyCreateOrUpdateDeploymentsV1ConvaiAgentsAgentIdDeploymentsPost(
                deployment_request=deployment_request,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_agents_deployments_create, request_options
        )


class AsyncConversationalAiAgentsDeploymentsResourceWithRawResponse:
    """`AsyncConversationalAiAgentsDeploymentsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiAgentsDeploymentsResource) -> None:
        self.create = async_raw_response(resource.create)
