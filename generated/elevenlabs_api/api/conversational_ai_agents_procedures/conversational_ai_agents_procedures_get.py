"""`GET /v1/convai/agents/{agent_id}/branches/{branch_id}/procedures/{procedure_id}`: Get Procedure."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.procedure_at_version_response_model import ProcedureAtVersionResponseModel


def _get_kwargs(
    agent_id: str,
    branch_id: str,
    procedure_id: str,
    *,
    version_id: None | str | Unset = UNSET,
    agent_version_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_version_id: None | str | Unset = version_id

    params["version_id"] = json_version_id

    json_agent_version_id: None | str | Unset = agent_version_id

    params["agent_version_id"] = json_agent_version_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agents/{agent_id}/branches/{branch_id}/procedures/{procedure_id}".format(
            agent_id=quote(str(agent_id), safe=""),
            branch_id=quote(str(branch_id), safe=""),
            procedure_id=quote(str(procedure_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | ProcedureAtVersionResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.procedure_at_version_response_model import ProcedureAtVersionResponseModel

    if response.status_code == 200:
        response_200 = ProcedureAtVersionResponseModel.from_dict(response.json())

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
    version_id: None | str | Unset = UNSET,
    agent_version_id: None | str | Unset = UNSET,
) -> HttpValidationError | ProcedureAtVersionResponseModel | None:
    """Get Procedure

    Retrieve a procedure at a specific version or the current branch HEAD.

    Args:
        agent_id (str): Agent ID to get the procedure draft from
        branch_id (str): Branch ID to get the procedure draft from
        procedure_id (str): The procedure ID
        version_id (None | str | Unset): The version ID to retrieve. If omitted, returns the
            version at branch HEAD.
        agent_version_id (None | str | Unset): The agent version ID to retrieve the procedure for.
    """

    return sync_detailed(
        agent_id=agent_id,
        branch_id=branch_id,
        procedure_id=procedure_id,
        client=client,
        version_id=version_id,
        agent_version_id=agent_version_id,
    ).parsed


def sync_detailed(
    agent_id: str,
    branch_id: str,
    procedure_id: str,
    *,
    client: AuthenticatedClient,
    version_id: None | str | Unset = UNSET,
    agent_version_id: None | str | Unset = UNSET,
) -> Response[HttpValidationError | ProcedureAtVersionResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
        procedure_id=procedure_id,
        version_id=version_id,
        agent_version_id=agent_version_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    agent_id: str,
    branch_id: str,
    procedure_id: str,
    *,
    client: AuthenticatedClient,
    version_id: None | str | Unset = UNSET,
    agent_version_id: None | str | Unset = UNSET,
) -> HttpValidationError | ProcedureAtVersionResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            agent_id=agent_id,
            branch_id=branch_id,
            procedure_id=procedure_id,
            client=client,
            version_id=version_id,
            agent_version_id=agent_version_id,
        )
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    branch_id: str,
    procedure_id: str,
    *,
    client: AuthenticatedClient,
    version_id: None | str | Unset = UNSET,
    agent_version_id: None | str | Unset = UNSET,
) -> Response[HttpValidationError | ProcedureAtVersionResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
        procedure_id=procedure_id,
        version_id=version_id,
        agent_version_id=agent_version_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
