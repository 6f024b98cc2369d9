"""`POST /v1/convai/agents/{agent_id}/branches`: Create A New Branch."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_create_a_new_branch_v1_convai_agents_agent_id_branches_post import (
        BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost,
    )
    from ...models.create_agent_branch_response_model import CreateAgentBranchResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    agent_id: str,
    *,
    body: BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/agents/{agent_id}/branches".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAgentBranchResponseModel | HttpValidationError | None:
    from ...models.create_agent_branch_response_model import CreateAgentBranchResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = CreateAgentBranchResponseModel.from_dict(response.json())

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
    body: BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost,
) -> CreateAgentBranchResponseModel | HttpValidationError | None:
    """Create A New Branch

    Create a new branch from a given version of any branch

    Args:
        agent_id (str): The id of an agent. This is returned on agent creation.
        body (BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost):
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost,
) -> Response[CreateAgentBranchResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost,
) -> CreateAgentBranchResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost,
) -> Response[CreateAgentBranchResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
