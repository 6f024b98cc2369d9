"""`POST /v1/convai/agents/{agent_id}/branches/{branch_id}/procedures/compile`: Compile Procedures."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.compile_procedures_response_model import CompileProceduresResponseModel
    from ...models.compile_procedures_validation_error_response_model import (
        CompileProceduresValidationErrorResponseModel,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    agent_id: str,
    branch_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/agents/{agent_id}/branches/{branch_id}/procedures/compile".format(
            agent_id=quote(str(agent_id), safe=""),
            branch_id=quote(str(branch_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompileProceduresResponseModel | CompileProceduresValidationErrorResponseModel | HttpValidationError | None:
    from ...models.compile_procedures_response_model import CompileProceduresResponseModel
    from ...models.compile_procedures_validation_error_response_model import (
        CompileProceduresValidationErrorResponseModel,
    )
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = CompileProceduresResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CompileProceduresValidationErrorResponseModel.from_dict(response.json())

        return response_400

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
) -> CompileProceduresResponseModel | CompileProceduresValidationErrorResponseModel | HttpValidationError | None:
    """Compile Procedures

    Compile procedure drafts into a workflow.

    Args:
        agent_id (str): Agent ID to get the procedure draft from
        branch_id (str): Branch ID to get the procedure draft from
    """

    return sync_detailed(
        agent_id=agent_id,
        branch_id=branch_id,
        client=client,
    ).parsed


def sync_detailed(
    agent_id: str,
    branch_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CompileProceduresResponseModel | CompileProceduresValidationErrorResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    agent_id: str,
    branch_id: str,
    *,
    client: AuthenticatedClient,
) -> CompileProceduresResponseModel | CompileProceduresValidationErrorResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            agent_id=agent_id,
            branch_id=branch_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    branch_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CompileProceduresResponseModel | CompileProceduresValidationErrorResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
