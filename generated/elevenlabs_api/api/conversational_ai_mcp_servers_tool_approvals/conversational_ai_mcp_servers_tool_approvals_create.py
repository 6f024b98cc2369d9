"""`POST /v1/convai/mcp-servers/{mcp_server_id}/tool-approvals`: Create Mcp Server Tool Approval."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.mcp_server_response_model import McpServerResponseModel
    from ...models.mcp_tool_add_approval_request_model import McpToolAddApprovalRequestModel


def _get_kwargs(
    mcp_server_id: str,
    *,
    body: McpToolAddApprovalRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/mcp-servers/{mcp_server_id}/tool-approvals".format(
            mcp_server_id=quote(str(mcp_server_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient,
    body: McpToolAddApprovalRequestModel,
) -> HttpValidationError | McpServerResponseModel | None:
    """Create Mcp Server Tool Approval

    Add approval for a specific MCP tool when using per-tool approval mode.

    Args:
        mcp_server_id (str): ID of the MCP Server.
        body (McpToolAddApprovalRequestModel): Request model for adding approval for a single MCP
            tool.
    """

    return sync_detailed(
        mcp_server_id=mcp_server_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    mcp_server_id: str,
    *,
    client: AuthenticatedClient,
    body: McpToolAddApprovalRequestModel,
) -> Response[HttpValidationError | McpServerResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        mcp_server_id=mcp_server_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    mcp_server_id: str,
    *,
    client: AuthenticatedClient,
    body: McpToolAddApprovalRequestModel,
) -> HttpValidationError | McpServerResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            mcp_server_id=mcp_server_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    mcp_server_id: str,
    *,
    client: AuthenticatedClient,
    body: McpToolAddApprovalRequestModel,
) -> Response[HttpValidationError | McpServerResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        mcp_server_id=mcp_server_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
