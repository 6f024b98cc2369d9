"""`DELETE /v1/convai/mcp-servers/{mcp_server_id}/tool-configs/{tool_name}`: Delete Mcp Tool Configuration Override."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HTTPValidationError
    from ...models.mcp_server_response_model import MCPServerResponseModel


def _get_kwargs(
    mcp_server_id: str,
    tool_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/convai/mcp-servers/{mcp_server_id}/tool-configs/{tool_name}".format(
            mcp_server_id=quote(str(mcp_server_id), safe=""),
            tool_name=quote(str(tool_name), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | MCPServerResponseModel | None:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.mcp_server_response_model import MCPServerResponseModel

    if response.status_code == 200:
        response_200 = MCPServerResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | MCPServerResponseModel]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    mcp_server_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | MCPServerResponseModel]:
    """Delete Mcp Tool Configuration Override

     Remove configuration overrides for a specific MCP tool.

    Args:
        mcp_server_id (str): ID of the MCP Server.
        tool_name (str): Name of the MCP tool to remove config overrides for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MCPServerResponseModel]
    """

    kwargs = _get_kwargs(
        mcp_server_id=mcp_server_id,
        tool_name=tool_name,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    mcp_server_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | MCPServerResponseModel | None:
    """Delete Mcp Tool Configuration Override

     Remove configuration overrides for a specific MCP tool.

    Args:
        mcp_server_id (str): ID of the MCP Server.
        tool_name (str): Name of the MCP tool to remove config overrides for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MCPServerResponseModel
    """

    return sync_detailed(
        mcp_server_id=mcp_server_id,
        tool_name=tool_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    mcp_server_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | MCPServerResponseModel]:
    """Delete Mcp Tool Configuration Override

     Remove configuration overrides for a specific MCP tool.

    Args:
        mcp_server_id (str): ID of the MCP Server.
        tool_name (str): Name of the MCP tool to remove config overrides for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MCPServerResponseModel]
    """

    kwargs = _get_kwargs(
        mcp_server_id=mcp_server_id,
        tool_name=tool_name,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    mcp_server_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | MCPServerResponseModel | None:
    """Delete Mcp Tool Configuration Override

     Remove configuration overrides for a specific MCP tool.

    Args:
        mcp_server_id (str): ID of the MCP Server.
        tool_name (str): Name of the MCP tool to remove config overrides for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MCPServerResponseModel
    """

    return (
        await asyncio_detailed(
            mcp_server_id=mcp_server_id,
            tool_name=tool_name,
            client=client,
        )
    ).parsed
