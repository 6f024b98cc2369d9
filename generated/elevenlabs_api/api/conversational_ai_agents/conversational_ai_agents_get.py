"""`GET /v1/convai/agents/{agent_id}`: Get Agent."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_agent_response_model import GetAgentResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    agent_id: str,
    *,
    version_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_version_id: None | str | Unset = version_id

    params["version_id"] = json_version_id

    json_branch_id: None | str | Unset = branch_id

    params["branch_id"] = json_branch_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agents/{agent_id}".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAgentResponseModel | HttpValidationError | None:
    from ...models.get_agent_response_model import GetAgentResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetAgentResponseModel.from_dict(response.json())

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
    version_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> GetAgentResponseModel | HttpValidationError | None:
    """Get Agent

    Retrieve config for an agent

    Args:
        agent_id (str): The id of an agent. This is returned on agent creation.
        version_id (None | str | Unset): The ID of the agent version to use
        branch_id (None | str | Unset): The ID of the branch to use
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        version_id=version_id,
        branch_id=branch_id,
    ).parsed


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    version_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> Response[GetAgentResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        version_id=version_id,
        branch_id=branch_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    version_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> GetAgentResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            version_id=version_id,
            branch_id=branch_id,
        )
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    version_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> Response[GetAgentResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        version_id=version_id,
        branch_id=branch_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
