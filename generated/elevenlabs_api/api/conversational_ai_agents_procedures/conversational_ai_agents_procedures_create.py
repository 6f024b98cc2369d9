"""`POST /v1/convai/agents/{agent_id}/branches/{branch_id}/procedures`: Create Procedure."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_procedure_request_model import CreateProcedureRequestModel
    from ...models.create_procedure_response_model import CreateProcedureResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    agent_id: str,
    branch_id: str,
    *,
    body: CreateProcedureRequestModel | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/agents/{agent_id}/branches/{branch_id}/procedures".format(
            agent_id=quote(str(agent_id), safe=""),
            branch_id=quote(str(branch_id), safe=""),
        ),
    }
    from ...models.create_procedure_request_model import CreateProcedureRequestModel

    if isinstance(body, CreateProcedureRequestModel):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateProcedureResponseModel | HttpValidationError | None:
    from ...models.create_procedure_response_model import CreateProcedureResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = CreateProcedureResponseModel.from_dict(response.json())

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
    body: CreateProcedureRequestModel | None | Unset = UNSET,
) -> CreateProcedureResponseModel | HttpValidationError | None:
    """Create Procedure

    Create a new procedure for the agent on a branch.

    Args:
        agent_id (str): Agent ID to get the procedure draft from
        branch_id (str): Branch ID to get the procedure draft from
        body (CreateProcedureRequestModel | None | Unset):
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
    body: CreateProcedureRequestModel | None | Unset = UNSET,
) -> Response[CreateProcedureResponseModel | HttpValidationError]:
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
    body: CreateProcedureRequestModel | None | Unset = UNSET,
) -> CreateProcedureResponseModel | HttpValidationError | None:
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
    body: CreateProcedureRequestModel | None | Unset = UNSET,
) -> Response[CreateProcedureResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
