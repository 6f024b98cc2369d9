"""`client.conversational_ai.analytics.live_count`: the operations of group `conversational_ai_analytics_live_count`, as methods of ConversationalAiAnalyticsLiveCountResource and AsyncConversationalAiAnalyticsLiveCountResource."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, TypedDict

import httpx

from ...types import UNSET, Unset, loads
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
from . import conversational_ai_analytics_live_count_get


def _parse_conversational_ai_analytics_live_count_get(response: httpx.Response) -> models.GetLiveCountResponse:
    from ...models.get_live_count_response import GetLiveCountResponse

    response_200 = GetLiveCountResponse.from_dict(loads(response.content))

    return response_200


class ConversationalAiAnalyticsLiveCountGetQuery(TypedDict, total=False):
    """The query parameters of `get`, for passing them on as keyword arguments."""

    agent_id: None | str | Unset
    agent_ids: builtins.list[str] | None | Unset


class ConversationalAiAnalyticsLiveCountResource:
    """The operations of group `conversational_ai_analytics_live_count`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiAnalyticsLiveCountResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiAnalyticsLiveCountResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def get(
        self,
        *,
        agent_id: None | str | Unset = UNSET,
        agent_ids: builtins.list[str] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetLiveCountResponse:
        """Get Live Count

        Get the live count of the ongoing conversations.

        `GET /v1/convai/analytics/live-count`.

        Args:
            agent_id (None | str | Unset): The id of an agent to restrict the analytics to.
            agent_ids (list[str] | None | Unset): Restrict analytics to the union of the given agents.
                Takes precedence over `agent_id` when both are supplied.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_analytics_live_count_get._get_kwargs(
            agent_id=agent_id,
            agent_ids=agent_ids,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_analytics_live_count_get, request_options)


class ConversationalAiAnalyticsLiveCountResourceWithRawResponse:
    """`ConversationalAiAnalyticsLiveCountResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiAnalyticsLiveCountResource) -> None:
        self.get = raw_response(resource.get)


class AsyncConversationalAiAnalyticsLiveCountResource:
    """The operations of group `conversational_ai_analytics_live_count`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiAnalyticsLiveCountResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiAnalyticsLiveCountResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def get(
        self,
        *,
        agent_id: None | str | Unset = UNSET,
        agent_ids: builtins.list[str] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetLiveCountResponse:
        """Get Live Count

        Get the live count of the ongoing conversations.

        `GET /v1/convai/analytics/live-count`.

        Args:
            agent_id (None | str | Unset): The id of an agent to restrict the analytics to.
            agent_ids (list[str] | None | Unset): Restrict analytics to the union of the given agents.
                Takes precedence over `agent_id` when both are supplied.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_analytics_live_count_get._get_kwargs(
            agent_id=agent_id,
            agent_ids=agent_ids,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_analytics_live_count_get, request_options)


class AsyncConversationalAiAnalyticsLiveCountResourceWithRawResponse:
    """`AsyncConversationalAiAnalyticsLiveCountResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiAnalyticsLiveCountResource) -> None:
        self.get = async_raw_response(resource.get)
