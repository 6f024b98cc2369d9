"""`client.conversational_ai.agents.drafts`: the operations of group `conversational_ai_agents_drafts`, as methods of ConversationalAiAgentsDraftsResource and AsyncConversationalAiAgentsDraftsResource."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, Any, TypedDict

import httpx

from ...types import UNSET, Unset, loads
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
from . import conversational_ai_agents_drafts_create, conversational_ai_agents_drafts_delete


def _parse_conversational_ai_agents_drafts_create(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


def _parse_conversational_ai_agents_drafts_delete(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


class ConversationalAiAgentsDraftsCreateQuery(TypedDict, total=False):
    """The query parameters of `create`, for passing them on as keyword arguments."""

    branch_id: str


class ConversationalAiAgentsDraftsDeleteQuery(TypedDict, total=False):
    """The query parameters of `delete`, for passing them on as keyword arguments."""

    branch_id: str


class ConversationalAiAgentsDraftsResource:
    """The operations of group `conversational_ai_agents_drafts`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiAgentsDraftsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiAgentsDraftsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def create(
        self,
        agent_id: str,
        conversation_config: models.BodyCreateAgentDraftV1ConvaiAgentsAgentIdDraftsPostConversationConfig,
        platform_settings: models.BodyCreateAgentDraftV1ConvaiAgentsAgentIdDraftsPostPlatformSettings,
        workflow: models.AgentWorkflowRequestModel,
        name: str,
        *,
        tags: builtins.list[str] | None | Unset = UNSET,
        branch_id: str,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Create Agent Draft

        Create a new draft for an agent

        `POST /v1/convai/agents/{agent_id}/drafts`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            conversation_config (BodyCreateAgentDraftV1ConvaiAgentsAgentIdDraftsPostConversationConfig):
                Conversation config for the draft
            platform_settings (BodyCreateAgentDraftV1ConvaiAgentsAgentIdDraftsPostPlatformSettings):
                Platform settings for the draft
            workflow (AgentWorkflowRequestModel):
            name (str): Name for the draft
            tags (list[str] | None | Unset): Tags to help classify and filter the agent
            branch_id (str): The ID of the agent branch to use
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.body_create_agent_draft_v1_convai_agents_agent_id_drafts_post import (
            BodyCreateAgentDraftV1ConvaiAgentsAgentIdDraftsPost,
        )

        kwargs = conversational_ai_agents_drafts_create._get_kwargs(
            agent_id=agent_id,
            body=BodyCreateAgentDraftV1ConvaiAgentsAgentIdDraftsPost(
                conversation_config=conversation_config,
                platform_settings=platform_settings,
                workflow=workflow,
                name=name,
                tags=tags,
            ),
            branch_id=branch_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_drafts_create, request_options)

    def delete(
        self,
        agent_id: str,
        *,
        branch_id: str,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Agent Draft

        Delete a draft for an agent

        `DELETE /v1/convai/agents/{agent_id}/drafts`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            branch_id (str): The ID of the agent branch to use
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        kwargs = conversational_ai_agents_drafts_delete._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_drafts_delete, request_options)


class ConversationalAiAgentsDraftsResourceWithRawResponse:
    """`ConversationalAiAgentsDraftsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiAgentsDraftsResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)


class AsyncConversationalAiAgentsDraftsResource:
    """The operations of group `conversational_ai_agents_drafts`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiAgentsDraftsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiAgentsDraftsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def create(
        self,
        agent_id: str,
        conversation_config: models.BodyCreateAgentDraftV1ConvaiAgentsAgentIdDraftsPostConversationConfig,
        platform_settings: models.BodyCreateAgentDraftV1ConvaiAgentsAgentIdDraftsPostPlatformSettings,
        workflow: models.AgentWorkflowRequestModel,
        name: str,
        *,
        tags: builtins.list[str] | None | Unset = UNSET,
        branch_id: str,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Create Agent Draft

        Create a new draft for an agent

        `POST /v1/convai/agents/{agent_id}/drafts`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            conversation_config (BodyCreateAgentDraftV1ConvaiAgentsAgentIdDraftsPostConversationConfig):
                Conversation config for the draft
            platform_settings (BodyCreateAgentDraftV1ConvaiAgentsAgentIdDraftsPostPlatformSettings):
                Platform settings for the draft
            workflow (AgentWorkflowRequestModel):
            name (str): Name for the draft
            tags (list[str] | None | Unset): Tags to help classify and filter the agent
            branch_id (str): The ID of the agent branch to use
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.body_create_agent_draft_v1_convai_agents_agent_id_drafts_post import (
            BodyCreateAgentDraftV1ConvaiAgentsAgentIdDraftsPost,
        )

        kwargs = conversational_ai_agents_drafts_create._get_kwargs(
            agent_id=agent_id,
            body=BodyCreateAgentDraftV1ConvaiAgentsAgentIdDraftsPost(
                conversation_config=conversation_config,
                platform_settings=platform_settings,
                workflow=workflow,
                name=name,
                tags=tags,
            ),
            branch_id=branch_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_drafts_create, request_options)

    async def delete(
        self,
        agent_id: str,
        *,
        branch_id: str,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Agent Draft

        Delete a draft for an agent

        `DELETE /v1/convai/agents/{agent_id}/drafts`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            branch_id (str): The ID of the agent branch to use
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        kwargs = conversational_ai_agents_drafts_delete._get_kwargs(
            agent_id=agent_id,
            branch_id=branch_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_drafts_delete, request_options)


class AsyncConversationalAiAgentsDraftsResourceWithRawResponse:
    """`AsyncConversationalAiAgentsDraftsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiAgentsDraftsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
