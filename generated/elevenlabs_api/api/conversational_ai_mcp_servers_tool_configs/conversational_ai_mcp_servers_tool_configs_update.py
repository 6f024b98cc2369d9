"""`PATCH /v1/convai/mcp-servers/{mcp_server_id}/tool-configs/{tool_name}`: Update Mcp Tool Configuration Override."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.mcp_server_response_model import McpServerResponseModel
    from ...models.mcp_tool_config_override_update_request_model import McpToolConfigOverrideUpdateRequestModel


def _get_kwargs(
    mcp_server_id: str,
    tool_name: str,
    *,
    body: McpToolConfigOverrideUpdateRequestModel,
    environment: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/convai/mcp-servers/{mcp_server_id}/tool-configs/{tool_name}".format(
            mcp_server_id=quote(str(mcp_server_id), safe=""),
            tool_name=quote(str(tool_name), safe=""),
        ),
    }
    _kwargs["params"] = params
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HttpValidationError | McpServerResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.mcp_server_response_model import McpServerResponseModel

    if response.status_code == 200:
        response_200 = McpServerResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

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
    body: McpToolConfigOverrideUpdateRequestModel,
    environment: str | Unset = UNSET,
) -> Any | HttpValidationError | McpServerResponseModel | None:
    """Update Mcp Tool Configuration Override

    Update configuration overrides for a specific MCP tool.

    Args:
        mcp_server_id (str): ID of the MCP Server.
        tool_name (str): Name of the MCP tool to update config overrides for.
        environment (str | Unset): Environment whose values are used when the MCP server URL,
            headers, or auth connection reference environment variables. Mirrors the environment a
            conversation would run in; defaults to production. Defaults to 'production' on the server.
        body (McpToolConfigOverrideUpdateRequestModel):
    """

    return sync_detailed(
        mcp_server_id=mcp_server_id,
        tool_name=tool_name,
        client=client,
        body=body,
        environment=environment,
    ).parsed


def sync_detailed(
    mcp_server_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient,
    body: McpToolConfigOverrideUpdateRequestModel,
    environment: str | Unset = UNSET,
) -> Response[Any | HttpValidationError | McpServerResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        mcp_server_id=mcp_server_id,
        tool_name=tool_name,
        body=body,
        environment=environment,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    mcp_server_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient,
    body: McpToolConfigOverrideUpdateRequestModel,
    environment: str | Unset = UNSET,
) -> Any | HttpValidationError | McpServerResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            mcp_server_id=mcp_server_id,
            tool_name=tool_name,
            client=client,
            body=body,
            environment=environment,
        )
    ).parsed


async def asyncio_detailed(
    mcp_server_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient,
    body: McpToolConfigOverrideUpdateRequestModel,
    environment: str | Unset = UNSET,
) -> Response[Any | HttpValidationError | McpServerResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        mcp_server_id=mcp_server_id,
        tool_name=tool_name,
        body=body,
        environment=environment,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
