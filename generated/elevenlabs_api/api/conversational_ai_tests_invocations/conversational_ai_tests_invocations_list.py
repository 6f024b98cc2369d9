"""`GET /v1/convai/test-invocations`: List Test Invocations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_test_invocations_page_response_model import GetTestInvocationsPageResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    agent_id: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_agent_id: None | str | Unset = agent_id

    params["agent_id"] = json_agent_id

    params["page_size"] = page_size

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/test-invocations",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTestInvocationsPageResponseModel | HttpValidationError | None:
    from ...models.get_test_invocations_page_response_model import GetTestInvocationsPageResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetTestInvocationsPageResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    agent_id: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetTestInvocationsPageResponseModel | HttpValidationError | None:
    """List Test Invocations

    Lists all test invocations with pagination support and optional search filtering.

    Args:
        agent_id (None | str | Unset): Filter by agent ID
        page_size (int | Unset): How many Tests to return at maximum. Can not exceed 100, defaults
            to 30. Defaults to 30 on the server.
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
    """

    return sync_detailed(
        client=client,
        agent_id=agent_id,
        page_size=page_size,
        cursor=cursor,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetTestInvocationsPageResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        page_size=page_size,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    agent_id: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetTestInvocationsPageResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            page_size=page_size,
            cursor=cursor,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetTestInvocationsPageResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        page_size=page_size,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
