"""`DELETE /v1/convai/agents/{agent_id}/branches/{branch_id}/procedures/{procedure_id}`: Remove Procedure."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    agent_id: str,
    branch_id: str,
    procedure_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/convai/agents/{agent_id}/branches/{branch_id}/procedures/{procedure_id}".format(
            agent_id=quote(str(agent_id), safe=""),
            branch_id=quote(str(branch_id), safe=""),
            procedure_id=quote(str(procedure_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HttpValidationError | None:
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    agent_id: str,
    branch_id: str,
    procedure_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | HttpValidationError | None:
    """Remove Procedure

    Remove a procedure from the agent's draft working set. Removing a folder cascades to its entire
    subtree, rejected if any procedure outside the subtree hands off into it.

    Args:
        agent_id (str): Agent ID to get the procedure draft from
        branch_id (str): Branch ID to get the procedure draft from
        procedure_id (str): The procedure ID
    """

    return sync_detailed(
        agent_id=agent_id,
        branch_id=branch_id,
        procedure_id=procedure_id,
        client=client,
    ).parsed


def sync_detailed(
    agent_id: str,
    branch_id: str,
    procedure_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
        procedure_id=procedure_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    agent_id: str,
    branch_id: str,
    procedure_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            agent_id=agent_id,
            branch_id=branch_id,
            procedure_id=procedure_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    branch_id: str,
    procedure_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
        procedure_id=procedure_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
