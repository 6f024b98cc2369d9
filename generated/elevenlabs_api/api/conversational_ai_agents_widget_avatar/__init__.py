"""`client.conversational_ai.agents.widget.avatar`: the operations of group `conversational_ai_agents_widget_avatar`, as methods of ConversationalAiAgentsWidgetAvatarResource and AsyncConversationalAiAgentsWidgetAvatarResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import httpx

from ...types import FileInput, as_file, loads
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
from . import conversational_ai_agents_widget_avatar_create


def _parse_conversational_ai_agents_widget_avatar_create(
    response: httpx.Response,
) -> models.PostAgentAvatarResponseModel:
    from ...models.post_agent_avatar_response_model import PostAgentAvatarResponseModel

    response_200 = PostAgentAvatarResponseModel.from_dict(loads(response.content))

    return response_200


class ConversationalAiAgentsWidgetAvatarResource:
    """The operations of group `conversational_ai_agents_widget_avatar`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiAgentsWidgetAvatarResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiAgentsWidgetAvatarResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def create(
        self,
        agent_id: str,
        avatar_file: FileInput,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.PostAgentAvatarResponseModel:
        """Post Agent Avatar

        Sets the avatar for an agent displayed in the widget

        `POST /v1/convai/agents/{agent_id}/avatar`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            avatar_file (FileInput): An image file to be used as the agent's avatar.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.body_post_agent_avatar_v1_convai_agents_agent_id_avatar_post import (
            BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost,
        )

        kwargs = conversational_ai_agents_widget_avatar_create._get_kwargs(
            agent_id=agent_id,
            body=BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost(
                avatar_file=as_file(avatar_file),
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_widget_avatar_create, request_options)


class ConversationalAiAgentsWidgetAvatarResourceWithRawResponse:
    """`ConversationalAiAgentsWidgetAvatarResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiAgentsWidgetAvatarResource) -> None:
        self.create = raw_response(resource.create)


class AsyncConversationalAiAgentsWidgetAvatarResource:
    """The operations of group `conversational_ai_agents_widget_avatar`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiAgentsWidgetAvatarResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiAgentsWidgetAvatarResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def create(
        self,
        agent_id: str,
        avatar_file: FileInput,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.PostAgentAvatarResponseModel:
        """Post Agent Avatar

        Sets the avatar for an agent displayed in the widget

        `POST /v1/convai/agents/{agent_id}/avatar`.

        Args:
            agent_id (str): The id of an agent. This is returned on agent creation.
            avatar_file (FileInput): An image file to be used as the agent's avatar.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.body_post_agent_avatar_v1_convai_agents_agent_id_avatar_post import (
            BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost,
        )

        kwargs = conversational_ai_agents_widget_avatar_create._get_kwargs(
            agent_id=agent_id,
            body=BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost(
                avatar_file=as_file(avatar_file),
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_agents_widget_avatar_create, request_options
        )


class AsyncConversationalAiAgentsWidgetAvatarResourceWithRawResponse:
    """`AsyncConversationalAiAgentsWidgetAvatarResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiAgentsWidgetAvatarResource) -> None:
        self.create = async_raw_response(resource.create)
