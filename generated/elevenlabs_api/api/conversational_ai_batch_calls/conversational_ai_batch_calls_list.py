"""`GET /v1/convai/batch-calling/workspace`: Get All Batch Calls For A Workspace.."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.workspace_batch_calls_response import WorkspaceBatchCallsResponse


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    last_doc: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_last_doc: None | str | Unset = last_doc

    params["last_doc"] = json_last_doc

    json_agent_id: None | str | Unset = agent_id

    params["agent_id"] = json_agent_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/batch-calling/workspace",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | WorkspaceBatchCallsResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.workspace_batch_calls_response import WorkspaceBatchCallsResponse

    if response.status_code == 200:
        response_200 = WorkspaceBatchCallsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    last_doc: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
) -> HttpValidationError | WorkspaceBatchCallsResponse | None:
    """Get All Batch Calls For A Workspace.

    Get all batch calls for the current workspace.

    Args:
        limit (int | Unset): Defaults to 100 on the server.
        last_doc (None | str | Unset):
        agent_id (None | str | Unset): Filter batch calls to a single agent.
    """

    return sync_detailed(
        client=client,
        limit=limit,
        last_doc=last_doc,
        agent_id=agent_id,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    last_doc: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
) -> Response[HttpValidationError | WorkspaceBatchCallsResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        limit=limit,
        last_doc=last_doc,
        agent_id=agent_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    last_doc: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
) -> HttpValidationError | WorkspaceBatchCallsResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            last_doc=last_doc,
            agent_id=agent_id,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    last_doc: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
) -> Response[HttpValidationError | WorkspaceBatchCallsResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        limit=limit,
        last_doc=last_doc,
        agent_id=agent_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
