"""`DELETE /v1/convai/mcp-servers/{mcp_server_id}/tool-approvals/{tool_name}`: Delete Mcp Server Tool Approval."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.mcp_server_response_model import McpServerResponseModel


def _get_kwargs(
    mcp_server_id: str,
    tool_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/convai/mcp-servers/{mcp_server_id}/tool-approvals/{tool_name}".format(
            mcp_server_id=quote(str(mcp_server_id), safe=""),
            tool_name=quote(str(tool_name), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | McpServerResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.mcp_server_response_model import McpServerResponseModel

    if response.status_code == 200:
        response_200 = McpServerResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    mcp_server_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | McpServerResponseModel | None:
    """Delete Mcp Server Tool Approval

    Remove approval for a specific MCP tool when using per-tool approval mode.

    Args:
        mcp_server_id (str): ID of the MCP Server.
        tool_name (str): Name of the MCP tool to remove approval for.
    """

    return sync_detailed(
        mcp_server_id=mcp_server_id,
        tool_name=tool_name,
        client=client,
    ).parsed


def sync_detailed(
    mcp_server_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | McpServerResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        mcp_server_id=mcp_server_id,
        tool_name=tool_name,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    mcp_server_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | McpServerResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            mcp_server_id=mcp_server_id,
            tool_name=tool_name,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    mcp_server_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | McpServerResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        mcp_server_id=mcp_server_id,
        tool_name=tool_name,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
