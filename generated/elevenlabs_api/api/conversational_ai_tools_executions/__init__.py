"""`client.conversational_ai.tools.executions`: the operations of group `conversational_ai_tools_executions`, as methods of ConversationalAiToolsExecutionsResource and AsyncConversationalAiToolsExecutionsResource."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, TypedDict, Unpack

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncRequester,
    Paging,
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
from . import conversational_ai_tools_executions_get


def _parse_conversational_ai_tools_executions_get(
    response: httpx.Response,
) -> models.GetToolExecutionsPageResponseModel:
    from ...models.get_tool_executions_page_response_model import GetToolExecutionsPageResponseModel

    response_200 = GetToolExecutionsPageResponseModel.from_dict(loads(response.content))

    return response_200


_PAGING_CONVERSATIONAL_AI_TOOLS_EXECUTIONS_GET = Paging(
    items="executions",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)


class ConversationalAiToolsExecutionsGetQuery(TypedDict, total=False):
    """The query parameters of `get`, for passing them on as keyword arguments."""

    cursor: None | str | Unset
    page_size: int | Unset
    is_error: bool | None | Unset
    agent_id: None | str | Unset
    branch_id: None | str | Unset
    start_time: float | None | Unset
    end_time: float | None | Unset


class ConversationalAiToolsExecutionsResource:
    """The operations of group `conversational_ai_tools_executions`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiToolsExecutionsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiToolsExecutionsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        tool_id: str,
        *,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        is_error: bool | None | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        start_time: float | None | Unset = UNSET,
        end_time: float | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetToolExecutionsPageResponseModel:
        """Get Tool Executions

        Get paginated list of tool executions for a specific tool.

        `GET /v1/convai/tools/{tool_id}/executions`.

        Args:
            tool_id (str): ID of the requested tool.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            page_size (int | Unset): How many documents to return at maximum. Can not exceed 100,
                defaults to 30. Defaults to 30 on the server.
            is_error (bool | None | Unset): Filter by error status. If not provided, returns all
                executions.
            agent_id (None | str | Unset): Filter by agent ID.
            branch_id (None | str | Unset): Filter by agent branch ID.
            start_time (float | None | Unset): Filter executions from this Unix timestamp (inclusive).
            end_time (float | None | Unset): Filter executions until this Unix timestamp (inclusive).
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("tool_id", tool_id)
        kwargs = conversational_ai_tools_executions_get._get_kwargs(
            tool_id=tool_id,
            cursor=cursor,
            page_size=page_size,
            is_error=is_error,
            agent_id=agent_id,
            branch_id=branch_id,
            start_time=start_time,
            end_time=end_time,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_tools_executions_get, request_options)

    def iter_get_pages(
        self,
        tool_id: str,
        **query: Unpack[ConversationalAiToolsExecutionsGetQuery],
    ) -> Iterator[models.GetToolExecutionsPageResponseModel]:
        """Every page of `get` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(
            functools.partial(self.get, tool_id), query, _PAGING_CONVERSATIONAL_AI_TOOLS_EXECUTIONS_GET
        )

    def iter_get(
        self,
        tool_id: str,
        **query: Unpack[ConversationalAiToolsExecutionsGetQuery],
    ) -> Iterator[models.ToolExecutionResponseModel]:
        """Every item (`executions`) of every page of `get` with these parameters."""
        for page in self.iter_get_pages(tool_id, **query):
            yield from page.executions


class ConversationalAiToolsExecutionsResourceWithRawResponse:
    """`ConversationalAiToolsExecutionsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiToolsExecutionsResource) -> None:
        self.get = raw_response(resource.get)


class AsyncConversationalAiToolsExecutionsResource:
    """The operations of group `conversational_ai_tools_executions`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiToolsExecutionsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiToolsExecutionsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def get(
        self,
        tool_id: str,
        *,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        is_error: bool | None | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        start_time: float | None | Unset = UNSET,
        end_time: float | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetToolExecutionsPageResponseModel:
        """Get Tool Executions

        Get paginated list of tool executions for a specific tool.

        `GET /v1/convai/tools/{tool_id}/executions`.

        Args:
            tool_id (str): ID of the requested tool.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            page_size (int | Unset): How many documents to return at maximum. Can not exceed 100,
                defaults to 30. Defaults to 30 on the server.
            is_error (bool | None | Unset): Filter by error status. If not provided, returns all
                executions.
            agent_id (None | str | Unset): Filter by agent ID.
            branch_id (None | str | Unset): Filter by agent branch ID.
            start_time (float | None | Unset): Filter executions from this Unix timestamp (inclusive).
            end_time (float | None | Unset): Filter executions until this Unix timestamp (inclusive).
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("tool_id", tool_id)
        kwargs = conversational_ai_tools_executions_get._get_kwargs(
            tool_id=tool_id,
            cursor=cursor,
            page_size=page_size,
            is_error=is_error,
            agent_id=agent_id,
            branch_id=branch_id,
            start_time=start_time,
            end_time=end_time,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_tools_executions_get, request_options)

    def iter_get_pages(
        self,
        tool_id: str,
        **query: Unpack[ConversationalAiToolsExecutionsGetQuery],
    ) -> AsyncIterator[models.GetToolExecutionsPageResponseModel]:
        """Every page of `get` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(
            functools.partial(self.get, tool_id), query, _PAGING_CONVERSATIONAL_AI_TOOLS_EXECUTIONS_GET
        )

    async def iter_get(
        self,
        tool_id: str,
        **query: Unpack[ConversationalAiToolsExecutionsGetQuery],
    ) -> AsyncIterator[models.ToolExecutionResponseModel]:
        """Every item (`executions`) of every page of `get` with these parameters."""
        async for page in self.iter_get_pages(tool_id, **query):
            for item in page.executions:
                yield item


class AsyncConversationalAiToolsExecutionsResourceWithRawResponse:
    """`AsyncConversationalAiToolsExecutionsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiToolsExecutionsResource) -> None:
        self.get = async_raw_response(resource.get)
