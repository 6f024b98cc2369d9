"""`client.conversational_ai.agents.widget`: the operations of group `conversational_ai_agents_widget`, as methods of ConversationalAiAgentsWidgetResource and AsyncConversationalAiAgentsWidgetResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, TypedDict

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

# Nested groups only for type checking: each is imported when first used, so importing the client loads none.
if TYPE_CHECKING:
    from ..conversational_ai_agents_widget_avatar import (
        AsyncConversationalAiAgentsWidgetAvatarResource,
        ConversationalAiAgentsWidgetAvatarResource,
    )
from . import conversational_ai_agents_widget_get


def _parse_conversational_ai_agents_widget_get(response: httpx.Response) -> models.GetAgentEmbedResponseModel:
    from ...models.get_agent_embed_response_model import GetAgentEmbedResponseModel

    response_200 = GetAgentEmbedResponseModel.from_dict(loads(response.content))

    return response_200


class ConversationalAiAgentsWidgetGetQuery(TypedDict, total=False):
    """The query parameters of `get`, for passing them on as keyword arguments."""

    conversation_signature: None | str | Unset


class ConversationalAiAgentsWidgetResource:
    """The operations of group `conversational_ai_agents_widget`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiAgentsWidgetResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiAgentsWidgetResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def avatar(self) -> ConversationalAiAgentsWidgetAvatarResource:
        """`conversational_ai_agents_widget_avatar` operations."""
        from ..conversational_ai_agents_widget_avatar import ConversationalAiAgentsWidgetAvatarResource

        return ConversationalAiAgentsWidgetAvatarResource(self._requester)

    def get(
        self,
        agent_id: str,
        *,
        conversation_signature: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetAgentEmbedResponseModel:
        """Get Agent Widget Config

        Retrieve the widget configuration for an agent

        `GET /v1/convai/agents/{agent_id}/widget`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            conversation_signature (None | str | Unset): An expiring token that enables a websocket
                conversation to start. These can be generated for an agent using the
                /v1/convai/conversation/get_signed_url endpoint
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        kwargs = conversational_ai_agents_widget_get._get_kwargs(
            agent_id=agent_id,
            conversation_signature=conversation_signature,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_widget_get, request_options)


class ConversationalAiAgentsWidgetResourceWithRawResponse:
    """`ConversationalAiAgentsWidgetResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiAgentsWidgetResource) -> None:
        self.get = raw_response(resource.get)


class AsyncConversationalAiAgentsWidgetResource:
    """The operations of group `conversational_ai_agents_widget`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiAgentsWidgetResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiAgentsWidgetResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    @functools.cached_property
    def avatar(self) -> AsyncConversationalAiAgentsWidgetAvatarResource:
        """`conversational_ai_agents_widget_avatar` operations."""
        from ..conversational_ai_agents_widget_avatar import AsyncConversationalAiAgentsWidgetAvatarResource

        return AsyncConversationalAiAgentsWidgetAvatarResource(self._requester)

    async def get(
        self,
        agent_id: str,
        *,
        conversation_signature: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetAgentEmbedResponseModel:
        """Get Agent Widget Config

        Retrieve the widget configuration for an agent

        `GET /v1/convai/agents/{agent_id}/widget`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            conversation_signature (None | str | Unset): An expiring token that enables a websocket
                conversation to start. These can be generated for an agent using the
                /v1/convai/conversation/get_signed_url endpoint
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        kwargs = conversational_ai_agents_widget_get._get_kwargs(
            agent_id=agent_id,
            conversation_signature=conversation_signature,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_agents_widget_get, request_options)


class AsyncConversationalAiAgentsWidgetResourceWithRawResponse:
    """`AsyncConversationalAiAgentsWidgetResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiAgentsWidgetResource) -> None:
        self.get = async_raw_response(resource.get)
