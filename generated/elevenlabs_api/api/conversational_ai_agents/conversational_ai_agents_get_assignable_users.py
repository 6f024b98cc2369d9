"""`GET /v1/convai/agents/{agent_id}/triage-tickets/assignable-users`: Get Agent Conversation Ticket Assignable Users."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.assignable_user_response_model import AssignableUserResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    agent_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agents/{agent_id}/triage-tickets/assignable-users".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | list[AssignableUserResponseModel] | None:
    from ...models.assignable_user_response_model import AssignableUserResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AssignableUserResponseModel.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | list[AssignableUserResponseModel] | None:
    """Get Agent Conversation Ticket Assignable Users

    All non-service-account workspace members, each flagged with whether they currently have at least
    viewer access to the agent. Members without access are included (not filtered out) so the UI can
    offer them as an assignee and prompt to grant access first.

    Args:
        agent_id (str):
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
    ).parsed


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | list[AssignableUserResponseModel]]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | list[AssignableUserResponseModel] | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | list[AssignableUserResponseModel]]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
