"""`PATCH /v1/convai/agents/{agent_id}/branches/{branch_id}`: Update Agent Branch."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.agent_branch_response import AgentBranchResponse
    from ...models.body_update_agent_branch_v1_convai_agents_agent_id_branches_branch_id_patch import (
        BodyUpdateAgentBranchV1ConvaiAgentsAgentIdBranchesBranchIdPatch,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    agent_id: str,
    branch_id: str,
    *,
    body: BodyUpdateAgentBranchV1ConvaiAgentsAgentIdBranchesBranchIdPatch | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/convai/agents/{agent_id}/branches/{branch_id}".format(
            agent_id=quote(str(agent_id), safe=""),
            branch_id=quote(str(branch_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentBranchResponse | HttpValidationError | None:
    from ...models.agent_branch_response import AgentBranchResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = AgentBranchResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    agent_id: str,
    branch_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateAgentBranchV1ConvaiAgentsAgentIdBranchesBranchIdPatch | Unset = UNSET,
) -> AgentBranchResponse | HttpValidationError | None:
    """Update Agent Branch

    Update agent branch properties such as archiving status and protection level

    Args:
        agent_id (str): The id of an agent. This is returned on agent creation.
        branch_id (str): Unique identifier for the branch.
        body (BodyUpdateAgentBranchV1ConvaiAgentsAgentIdBranchesBranchIdPatch | Unset):
    """

    return sync_detailed(
        agent_id=agent_id,
        branch_id=branch_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    agent_id: str,
    branch_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateAgentBranchV1ConvaiAgentsAgentIdBranchesBranchIdPatch | Unset = UNSET,
) -> Response[AgentBranchResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    agent_id: str,
    branch_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateAgentBranchV1ConvaiAgentsAgentIdBranchesBranchIdPatch | Unset = UNSET,
) -> AgentBranchResponse | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            agent_id=agent_id,
            branch_id=branch_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    branch_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateAgentBranchV1ConvaiAgentsAgentIdBranchesBranchIdPatch | Unset = UNSET,
) -> Response[AgentBranchResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
