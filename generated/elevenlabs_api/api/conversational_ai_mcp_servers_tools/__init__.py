"""`client.conversational_ai.mcp_servers.tools`: the operations of group `conversational_ai_mcp_servers_tools`, as methods of ConversationalAiMcpServersToolsResource and AsyncConversationalAiMcpServersToolsResource."""

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
from . import conversational_ai_mcp_servers_tools_list


def _parse_conversational_ai_mcp_servers_tools_list(response: httpx.Response) -> models.ListMcpToolsResponseModel:
    from ...models.list_mcp_tools_response_model import ListMcpToolsResponseModel

    response_200 = ListMcpToolsResponseModel.from_dict(loads(response.content))

    return response_200


class ConversationalAiMcpServersToolsListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    environment: str | Unset


class ConversationalAiMcpServersToolsResource:
    """The operations of group `conversational_ai_mcp_servers_tools`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiMcpServersToolsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiMcpServersToolsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        mcp_server_id: str,
        *,
        environment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ListMcpToolsResponseModel:
        """List Mcp Server Tools

        Retrieve all tools available for a specific MCP server configuration.

        `GET /v1/convai/mcp-servers/{mcp_server_id}/tools`.

        Args:
            mcp_server_id (str): ID of the MCP Server.
            environment (str | Unset): Environment whose values are used when the MCP server URL,
                headers, or auth connection reference environment variables. Mirrors the environment a
                conversation would run in; defaults to production. Defaults to 'production' on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("mcp_server_id", mcp_server_id)
        kwargs = conversational_ai_mcp_servers_tools_list._get_kwargs(
            mcp_server_id=mcp_server_id,
            environment=environment,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_mcp_servers_tools_list, request_options)


class ConversationalAiMcpServersToolsResourceWithRawResponse:
    """`ConversationalAiMcpServersToolsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiMcpServersToolsResource) -> None:
        self.list = raw_response(resource.list)


class AsyncConversationalAiMcpServersToolsResource:
    """The operations of group `conversational_ai_mcp_servers_tools`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiMcpServersToolsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiMcpServersToolsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def list(
        self,
        mcp_server_id: str,
        *,
        environment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ListMcpToolsResponseModel:
        """List Mcp Server Tools

        Retrieve all tools available for a specific MCP server configuration.

        `GET /v1/convai/mcp-servers/{mcp_server_id}/tools`.

        Args:
            mcp_server_id (str): ID of the MCP Server.
            environment (str | Unset): Environment whose values are used when the MCP server URL,
                headers, or auth connection reference environment variables. Mirrors the environment a
                conversation would run in; defaults to production. Defaults to 'production' on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("mcp_server_id", mcp_server_id)
        kwargs = conversational_ai_mcp_servers_tools_list._get_kwargs(
            mcp_server_id=mcp_server_id,
            environment=environment,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_mcp_servers_tools_list, request_options)


class AsyncConversationalAiMcpServersToolsResourceWithRawResponse:
    """`AsyncConversationalAiMcpServersToolsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiMcpServersToolsResource) -> None:
        self.list = async_raw_response(resource.list)
