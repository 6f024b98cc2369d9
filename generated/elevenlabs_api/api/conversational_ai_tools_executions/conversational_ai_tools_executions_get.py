"""`GET /v1/convai/tools/{tool_id}/executions`: Get Tool Executions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_tool_executions_page_response_model import GetToolExecutionsPageResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    tool_id: str,
    *,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    is_error: bool | None | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    start_time: float | None | Unset = UNSET,
    end_time: float | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params["page_size"] = page_size

    json_is_error: bool | None | Unset = is_error

    params["is_error"] = json_is_error

    json_agent_id: None | str | Unset = agent_id

    params["agent_id"] = json_agent_id

    json_branch_id: None | str | Unset = branch_id

    params["branch_id"] = json_branch_id

    json_start_time: float | None | Unset = start_time

    params["start_time"] = json_start_time

    json_end_time: float | None | Unset = end_time

    params["end_time"] = json_end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/tools/{tool_id}/executions".format(
            tool_id=quote(str(tool_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetToolExecutionsPageResponseModel | HttpValidationError | None:
    from ...models.get_tool_executions_page_response_model import GetToolExecutionsPageResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetToolExecutionsPageResponseModel.from_dict(response.json())

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
    is_error: bool | None | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    start_time: float | None | Unset = UNSET,
    end_time: float | None | Unset = UNSET,
) -> GetToolExecutionsPageResponseModel | HttpValidationError | None:
    """Get Tool Executions

    Get paginated list of tool executions for a specific tool.

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
    """

    return sync_detailed(
        tool_id=tool_id,
        client=client,
        cursor=cursor,
        page_size=page_size,
        is_error=is_error,
        agent_id=agent_id,
        branch_id=branch_id,
        start_time=start_time,
        end_time=end_time,
    ).parsed


def sync_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    is_error: bool | None | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    start_time: float | None | Unset = UNSET,
    end_time: float | None | Unset = UNSET,
) -> Response[GetToolExecutionsPageResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        tool_id=tool_id,
        cursor=cursor,
        page_size=page_size,
        is_error=is_error,
        agent_id=agent_id,
        branch_id=branch_id,
        start_time=start_time,
        end_time=end_time,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    is_error: bool | None | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    start_time: float | None | Unset = UNSET,
    end_time: float | None | Unset = UNSET,
) -> GetToolExecutionsPageResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            tool_id=tool_id,
            client=client,
            cursor=cursor,
            page_size=page_size,
            is_error=is_error,
            agent_id=agent_id,
            branch_id=branch_id,
            start_time=start_time,
            end_time=end_time,
        )
    ).parsed


async def asyncio_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    is_error: bool | None | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    start_time: float | None | Unset = UNSET,
    end_time: float | None | Unset = UNSET,
) -> Response[GetToolExecutionsPageResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        tool_id=tool_id,
        cursor=cursor,
        page_size=page_size,
        is_error=is_error,
        agent_id=agent_id,
        branch_id=branch_id,
        start_time=start_time,
        end_time=end_time,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
