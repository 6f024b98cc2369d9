"""`DELETE /v1/convai/mcp-servers/{mcp_server_id}`: Delete Mcp Server."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    mcp_server_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/convai/mcp-servers/{mcp_server_id}".format(
            mcp_server_id=quote(str(mcp_server_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HttpValidationError | None:
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    mcp_server_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | HttpValidationError | None:
    """Delete Mcp Server

    Delete a specific MCP server configuration from the workspace.

    Args:
        mcp_server_id (str): ID of the MCP Server.
    """

    return sync_detailed(
        mcp_server_id=mcp_server_id,
        client=client,
    ).parsed


def sync_detailed(
    mcp_server_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        mcp_server_id=mcp_server_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    mcp_server_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            mcp_server_id=mcp_server_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    mcp_server_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        mcp_server_id=mcp_server_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
