"""`PATCH /v1/convai/tools/{tool_id}`: Update Tool."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.tool_request_model import ToolRequestModel
    from ...models.tool_response_model import ToolResponseModel


def _get_kwargs(
    tool_id: str,
    *,
    body: ToolRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/convai/tools/{tool_id}".format(
            tool_id=quote(str(tool_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: ToolRequestModel,
) -> HttpValidationError | ToolResponseModel | None:
    """Update Tool

    Update tool that is available in the workspace.

    Args:
        tool_id (str): ID of the requested tool.
        body (ToolRequestModel):
    """

    return sync_detailed(
        tool_id=tool_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    body: ToolRequestModel,
) -> Response[HttpValidationError | ToolResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        tool_id=tool_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    body: ToolRequestModel,
) -> HttpValidationError | ToolResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            tool_id=tool_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    body: ToolRequestModel,
) -> Response[HttpValidationError | ToolResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        tool_id=tool_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
