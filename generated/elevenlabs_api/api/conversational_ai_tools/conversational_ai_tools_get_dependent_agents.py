"""`GET /v1/convai/tools/{tool_id}/dependent-agents`: Get Dependent Agents List."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_tool_dependent_agents_response_model import GetToolDependentAgentsResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    tool_id: str,
    *,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/tools/{tool_id}/dependent-agents".format(
            tool_id=quote(str(tool_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetToolDependentAgentsResponseModel | HttpValidationError | None:
    from ...models.get_tool_dependent_agents_response_model import GetToolDependentAgentsResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetToolDependentAgentsResponseModel.from_dict(response.json())

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
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> GetToolDependentAgentsResponseModel | HttpValidationError | None:
    """Get Dependent Agents List

    Get a list of agents depending on this tool

    Args:
        tool_id (str): ID of the requested tool.
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
        page_size (int | Unset): How many documents to return at maximum. Can not exceed 100,
            defaults to 30. Defaults to 30 on the server.
    """

    return sync_detailed(
        tool_id=tool_id,
        client=client,
        cursor=cursor,
        page_size=page_size,
    ).parsed


def sync_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[GetToolDependentAgentsResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        tool_id=tool_id,
        cursor=cursor,
        page_size=page_size,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> GetToolDependentAgentsResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            tool_id=tool_id,
            client=client,
            cursor=cursor,
            page_size=page_size,
        )
    ).parsed


async def asyncio_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[GetToolDependentAgentsResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        tool_id=tool_id,
        cursor=cursor,
        page_size=page_size,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
