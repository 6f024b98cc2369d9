"""`GET /v1/convai/analytics/live-count`: Get Live Count."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_live_count_response import GetLiveCountResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    agent_id: None | str | Unset = UNSET,
    agent_ids: list[str] | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_agent_id: None | str | Unset = agent_id

    params["agent_id"] = json_agent_id

    json_agent_ids: list[str] | None | Unset
    if isinstance(agent_ids, Unset):
        json_agent_ids = UNSET
    elif isinstance(agent_ids, list):
        json_agent_ids = agent_ids

    else:
        json_agent_ids = agent_ids

    params["agent_ids"] = json_agent_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/analytics/live-count",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetLiveCountResponse | HttpValidationError | None:
    from ...models.get_live_count_response import GetLiveCountResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetLiveCountResponse.from_dict(response.json())

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
    agent_ids: list[str] | None | Unset = UNSET,
) -> GetLiveCountResponse | HttpValidationError | None:
    """Get Live Count

    Get the live count of the ongoing conversations.

    Args:
        agent_id (None | str | Unset): The id of an agent to restrict the analytics to.
        agent_ids (list[str] | None | Unset): Restrict analytics to the union of the given agents.
            Takes precedence over `agent_id` when both are supplied.
    """

    return sync_detailed(
        client=client,
        agent_id=agent_id,
        agent_ids=agent_ids,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: None | str | Unset = UNSET,
    agent_ids: list[str] | None | Unset = UNSET,
) -> Response[GetLiveCountResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        agent_ids=agent_ids,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    agent_id: None | str | Unset = UNSET,
    agent_ids: list[str] | None | Unset = UNSET,
) -> GetLiveCountResponse | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            agent_ids=agent_ids,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: None | str | Unset = UNSET,
    agent_ids: list[str] | None | Unset = UNSET,
) -> Response[GetLiveCountResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        agent_ids=agent_ids,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
