"""`client.conversational_ai.analytics.live_count`: the operations of group `conversational_ai_analytics_live_count`, as methods of ConversationalAiAnalyticsLiveCountResource and AsyncConversationalAiAnalyticsLiveCountResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, TypedDict, Unpack, cast

import httpx

from ...types import UNSET, FileInput, Unset, as_file, parse_strictly
from .. import (
    AsyncBinaryStream,
    AsyncObjectStream,
    AsyncRequester,
    BinaryStream,
    Paging,
    Requester,
    RequestOptions,
    ServerSentEvent,
    check_path_parameter,
)

# Models and nested groups only for type checking: they are imported where they are used, so importing
# the client loads none.
if TYPE_CHECKING:
    from typing import cast

    from ...models.get_live_count_response import GetLiveCountResponse
    from ...models.http_validation_error import HTTPValidationError
from . import conversational_ai_analytics_live_count_get


def _parse_conversational_ai_analytics_live_count_get(response: httpx.Response) -> GetLiveCountResponse:
    from ...models.get_live_count_response import GetLiveCountResponse
    from ...models.http_validation_error import HTTPValidationError

    response_200 = GetLiveCountResponse.from_dict(response.json())

    return response_200


class ConversationalAiAnalyticsLiveCountGetQuery(TypedDict, total=False):
    """The query parameters of `get`, for passing them on as keyword arguments."""

    agent_id: None | str | Unset
    agent_ids: builtins.list[str] | None | Unset


class ConversationalAiAnalyticsLiveCountResource:
    """The operations of group `conversational_ai_analytics_live_count`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def get(
        self,
        *,
        agent_id: None | str | Unset = UNSET,
        agent_ids: builtins.list[str] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetLiveCountResponse:
        """Get Live Count

        Get the live count of the ongoing conversations.

        `GET /v1/convai/analytics/live-count`.
        """

        kwargs = conversational_ai_analytics_live_count_get._get_kwargs(
            agent_id=agent_id,
            agent_ids=agent_ids,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_analytics_live_count_get, request_options)


class AsyncConversationalAiAnalyticsLiveCountResource:
    """The operations of group `conversational_ai_analytics_live_count`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def get(
        self,
        *,
        agent_id: None | str | Unset = UNSET,
        agent_ids: builtins.list[str] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetLiveCountResponse:
        """Get Live Count

        Get the live count of the ongoing conversations.

        `GET /v1/convai/analytics/live-count`.
        """

        kwargs = conversational_ai_analytics_live_count_get._get_kwargs(
            agent_id=agent_id,
            agent_ids=agent_ids,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_analytics_live_count_get, request_options)
