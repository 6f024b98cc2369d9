"""`PATCH /v1/convai/agents/{agent_id}/branches/{branch_id}/procedures/{procedure_id}/draft`: Update Procedure Draft."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.procedure_draft_response_model import ProcedureDraftResponseModel
    from ...models.update_procedure_draft_request_model import UpdateProcedureDraftRequestModel


def _get_kwargs(
    agent_id: str,
    branch_id: str,
    procedure_id: str,
    *,
    body: UpdateProcedureDraftRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/convai/agents/{agent_id}/branches/{branch_id}/procedures/{procedure_id}/draft".format(
            agent_id=quote(str(agent_id), safe=""),
            branch_id=quote(str(branch_id), safe=""),
            procedure_id=quote(str(procedure_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | ProcedureDraftResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.procedure_draft_response_model import ProcedureDraftResponseModel

    if response.status_code == 200:
        response_200 = ProcedureDraftResponseModel.from_dict(response.json())

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
    body: UpdateProcedureDraftRequestModel,
) -> HttpValidationError | ProcedureDraftResponseModel | None:
    """Update Procedure Draft

    Create or update user's draft for a procedure

    Args:
        agent_id (str): Agent ID to get the procedure draft from
        branch_id (str): Branch ID to get the procedure draft from
        procedure_id (str): The procedure ID
        body (UpdateProcedureDraftRequestModel):
    """

    return sync_detailed(
        agent_id=agent_id,
        branch_id=branch_id,
        procedure_id=procedure_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    agent_id: str,
    branch_id: str,
    procedure_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateProcedureDraftRequestModel,
) -> Response[HttpValidationError | ProcedureDraftResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
        procedure_id=procedure_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    agent_id: str,
    branch_id: str,
    procedure_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateProcedureDraftRequestModel,
) -> HttpValidationError | ProcedureDraftResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            agent_id=agent_id,
            branch_id=branch_id,
            procedure_id=procedure_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    branch_id: str,
    procedure_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateProcedureDraftRequestModel,
) -> Response[HttpValidationError | ProcedureDraftResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
        procedure_id=procedure_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
