"""`GET /v1/convai/tools/{tool_id}`: Get Tool."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.tool_response_model import ToolResponseModel


def _get_kwargs(
    tool_id: str,
    *,
    environment: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/tools/{tool_id}".format(
            tool_id=quote(str(tool_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | ToolResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.tool_response_model import ToolResponseModel

    if response.status_code == 200:
        response_200 = ToolResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    environment: str | Unset = UNSET,
) -> HttpValidationError | ToolResponseModel | None:
    """Get Tool

    Get tool that is available in the workspace.

    Args:
        tool_id (str): ID of the requested tool.
        environment (str | Unset): Environment whose values are used when the MCP server URL,
            headers, or auth connection reference environment variables. Mirrors the environment a
            conversation would run in; defaults to production. Defaults to 'production' on the server.
    """

    return sync_detailed(
        tool_id=tool_id,
        client=client,
        environment=environment,
    ).parsed


def sync_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    environment: str | Unset = UNSET,
) -> Response[HttpValidationError | ToolResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        tool_id=tool_id,
        environment=environment,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    environment: str | Unset = UNSET,
) -> HttpValidationError | ToolResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            tool_id=tool_id,
            client=client,
            environment=environment,
        )
    ).parsed


async def asyncio_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    environment: str | Unset = UNSET,
) -> Response[HttpValidationError | ToolResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        tool_id=tool_id,
        environment=environment,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
