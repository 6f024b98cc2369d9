"""`GET /v1/convai/agents/{agent_id}/branches/{branch_id}/procedures`: List Procedures."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.list_procedures_response_model import ListProceduresResponseModel


def _get_kwargs(
    agent_id: str,
    branch_id: str,
    *,
    agent_version_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_agent_version_id: None | str | Unset = agent_version_id

    params["agent_version_id"] = json_agent_version_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agents/{agent_id}/branches/{branch_id}/procedures".format(
            agent_id=quote(str(agent_id), safe=""),
            branch_id=quote(str(branch_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | ListProceduresResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.list_procedures_response_model import ListProceduresResponseModel

    if response.status_code == 200:
        response_200 = ListProceduresResponseModel.from_dict(response.json())

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
    agent_version_id: None | str | Unset = UNSET,
) -> HttpValidationError | ListProceduresResponseModel | None:
    """List Procedures

    List the agent's procedures on a branch with their procedure_id, version_id, name, type, trigger,
    and has_draft. has_draft is true when a procedure has unpublished draft changes on this branch; its
    name/type/trigger then reflect that draft. Does not return procedure content -- use Get Procedure to
    read a procedure's body.

    Args:
        agent_id (str): Agent ID to get the procedure draft from
        branch_id (str): Branch ID to get the procedure draft from
        agent_version_id (None | str | Unset): The agent version ID to retrieve the procedure for.
    """

    return sync_detailed(
        agent_id=agent_id,
        branch_id=branch_id,
        client=client,
        agent_version_id=agent_version_id,
    ).parsed


def sync_detailed(
    agent_id: str,
    branch_id: str,
    *,
    client: AuthenticatedClient,
    agent_version_id: None | str | Unset = UNSET,
) -> Response[HttpValidationError | ListProceduresResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
        agent_version_id=agent_version_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    agent_id: str,
    branch_id: str,
    *,
    client: AuthenticatedClient,
    agent_version_id: None | str | Unset = UNSET,
) -> HttpValidationError | ListProceduresResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            agent_id=agent_id,
            branch_id=branch_id,
            client=client,
            agent_version_id=agent_version_id,
        )
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    branch_id: str,
    *,
    client: AuthenticatedClient,
    agent_version_id: None | str | Unset = UNSET,
) -> Response[HttpValidationError | ListProceduresResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
        agent_version_id=agent_version_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
