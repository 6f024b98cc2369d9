"""`PATCH /v1/convai/agents/{agent_id}`: Patches An Agent Settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_agent_response_model import GetAgentResponseModel
    from ...models.http_validation_error import HttpValidationError
    from ...models.update_agent_request import UpdateAgentRequest


def _get_kwargs(
    agent_id: str,
    *,
    body: UpdateAgentRequest | Unset = UNSET,
    enable_versioning_if_not_enabled: bool | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["enable_versioning_if_not_enabled"] = enable_versioning_if_not_enabled

    json_branch_id: None | str | Unset = branch_id

    params["branch_id"] = json_branch_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/convai/agents/{agent_id}".format(
            agent_id=quote(str(agent_id), safe=""),
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
    body: UpdateAgentRequest | Unset = UNSET,
    enable_versioning_if_not_enabled: bool | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> GetAgentResponseModel | HttpValidationError | None:
    """Patches An Agent Settings

    Patches an Agent settings

    Args:
        agent_id (str): The id of an agent. This is returned on agent creation.
        enable_versioning_if_not_enabled (bool | Unset): Deprecated: all agents are versioned.
            This parameter is ignored. Defaults to True on the server.
        branch_id (None | str | Unset): The ID of the branch to use
        body (UpdateAgentRequest | Unset):
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
        enable_versioning_if_not_enabled=enable_versioning_if_not_enabled,
        branch_id=branch_id,
    ).parsed


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateAgentRequest | Unset = UNSET,
    enable_versioning_if_not_enabled: bool | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> Response[GetAgentResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
        enable_versioning_if_not_enabled=enable_versioning_if_not_enabled,
        branch_id=branch_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateAgentRequest | Unset = UNSET,
    enable_versioning_if_not_enabled: bool | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> GetAgentResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
            enable_versioning_if_not_enabled=enable_versioning_if_not_enabled,
            branch_id=branch_id,
        )
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateAgentRequest | Unset = UNSET,
    enable_versioning_if_not_enabled: bool | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> Response[GetAgentResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
        enable_versioning_if_not_enabled=enable_versioning_if_not_enabled,
        branch_id=branch_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
