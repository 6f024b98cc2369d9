"""`POST /v1/convai/agents/{agent_id}/branches/{source_branch_id}/merge`: Merge A Branch Into A Target Branch."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_merge_a_branch_into_a_target_branch_v1_convai_agents_agent_id_branches_source_branch_id_merge_post import (
        BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    agent_id: str,
    source_branch_id: str,
    *,
    body: BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost | Unset = UNSET,
    target_branch_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["target_branch_id"] = target_branch_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/agents/{agent_id}/branches/{source_branch_id}/merge".format(
            agent_id=quote(str(agent_id), safe=""),
            source_branch_id=quote(str(source_branch_id), safe=""),
        ),
    }
    _kwargs["params"] = params

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    source_branch_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost | Unset = UNSET,
    target_branch_id: str,
) -> Any | HttpValidationError | None:
    """Merge A Branch Into A Target Branch

    Merge a branch into a target branch

    Args:
        agent_id (str): The id of an agent. This is returned on agent creation.
        source_branch_id (str): Unique identifier for the source branch to merge from.
        target_branch_id (str): The ID of the target branch to merge into.
        body
            (BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost |
            Unset):
    """

    return sync_detailed(
        agent_id=agent_id,
        source_branch_id=source_branch_id,
        client=client,
        body=body,
        target_branch_id=target_branch_id,
    ).parsed


def sync_detailed(
    agent_id: str,
    source_branch_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost | Unset = UNSET,
    target_branch_id: str,
) -> Response[Any | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        source_branch_id=source_branch_id,
        body=body,
        target_branch_id=target_branch_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    agent_id: str,
    source_branch_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost | Unset = UNSET,
    target_branch_id: str,
) -> Any | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            agent_id=agent_id,
            source_branch_id=source_branch_id,
            client=client,
            body=body,
            target_branch_id=target_branch_id,
        )
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    source_branch_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost | Unset = UNSET,
    target_branch_id: str,
) -> Response[Any | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        source_branch_id=source_branch_id,
        body=body,
        target_branch_id=target_branch_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
