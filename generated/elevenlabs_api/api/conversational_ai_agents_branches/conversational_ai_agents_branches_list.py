"""`GET /v1/convai/agents/{agent_id}/branches`: List Agent Branches."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.list_response_agent_branch_summary import ListResponseAgentBranchSummary


def _get_kwargs(
    agent_id: str,
    *,
    include_archived: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_commit_status: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_archived"] = include_archived

    params["limit"] = limit

    params["include_commit_status"] = include_commit_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agents/{agent_id}/branches".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | ListResponseAgentBranchSummary | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.list_response_agent_branch_summary import ListResponseAgentBranchSummary

    if response.status_code == 200:
        response_200 = ListResponseAgentBranchSummary.from_dict(response.json())

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
    include_archived: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_commit_status: bool | Unset = UNSET,
) -> HttpValidationError | ListResponseAgentBranchSummary | None:
    """List Agent Branches

    Returns a list of branches an agent has

    Args:
        agent_id (str): The id of an agent. This is returned on agent creation.
        include_archived (bool | Unset): Whether archived branches should be included Defaults to
            False on the server.
        limit (int | Unset): How many results at most should be returned Defaults to 100 on the
            server.
        include_commit_status (bool | Unset): Whether to compute how far each branch has diverged
            from main (commits_ahead/commits_behind). This walks the version DAG of every branch, so
            it is slow on agents with long histories and is off by default, leaving those fields null.
            Defaults to False on the server.
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        include_archived=include_archived,
        limit=limit,
        include_commit_status=include_commit_status,
    ).parsed


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    include_archived: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_commit_status: bool | Unset = UNSET,
) -> Response[HttpValidationError | ListResponseAgentBranchSummary]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        include_archived=include_archived,
        limit=limit,
        include_commit_status=include_commit_status,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    include_archived: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_commit_status: bool | Unset = UNSET,
) -> HttpValidationError | ListResponseAgentBranchSummary | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            include_archived=include_archived,
            limit=limit,
            include_commit_status=include_commit_status,
        )
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    include_archived: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_commit_status: bool | Unset = UNSET,
) -> Response[HttpValidationError | ListResponseAgentBranchSummary]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        include_archived=include_archived,
        limit=limit,
        include_commit_status=include_commit_status,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
