"""`GET /v1/convai/agents/{agent_id}/branches/{source_branch_id}/merge-preview`: Preview Merged Configuration."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.merge_preview_response_model import MergePreviewResponseModel


def _get_kwargs(
    agent_id: str,
    source_branch_id: str,
    *,
    target_branch_id: str,
    force: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["target_branch_id"] = target_branch_id

    params["force"] = force

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agents/{agent_id}/branches/{source_branch_id}/merge-preview".format(
            agent_id=quote(str(agent_id), safe=""),
            source_branch_id=quote(str(source_branch_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | MergePreviewResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.merge_preview_response_model import MergePreviewResponseModel

    if response.status_code == 200:
        response_200 = MergePreviewResponseModel.from_dict(response.json())

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
    target_branch_id: str,
    force: bool | Unset = UNSET,
) -> HttpValidationError | MergePreviewResponseModel | None:
    """Preview Merged Configuration

    Returns the result of merging the source branch into the target branch without performing the merge.
    Useful for showing an accurate diff before confirming.

    Args:
        agent_id (str): The id of an agent. This is returned on agent creation.
        source_branch_id (str): Unique identifier for the source branch to merge from.
        target_branch_id (str): The ID of the target branch to merge into.
        force (bool | Unset): When true, source branch changes always win conflicts regardless of
            timestamps Defaults to False on the server.
    """

    return sync_detailed(
        agent_id=agent_id,
        source_branch_id=source_branch_id,
        client=client,
        target_branch_id=target_branch_id,
        force=force,
    ).parsed


def sync_detailed(
    agent_id: str,
    source_branch_id: str,
    *,
    client: AuthenticatedClient,
    target_branch_id: str,
    force: bool | Unset = UNSET,
) -> Response[HttpValidationError | MergePreviewResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        source_branch_id=source_branch_id,
        target_branch_id=target_branch_id,
        force=force,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    agent_id: str,
    source_branch_id: str,
    *,
    client: AuthenticatedClient,
    target_branch_id: str,
    force: bool | Unset = UNSET,
) -> HttpValidationError | MergePreviewResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            agent_id=agent_id,
            source_branch_id=source_branch_id,
            client=client,
            target_branch_id=target_branch_id,
            force=force,
        )
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    source_branch_id: str,
    *,
    client: AuthenticatedClient,
    target_branch_id: str,
    force: bool | Unset = UNSET,
) -> Response[HttpValidationError | MergePreviewResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        source_branch_id=source_branch_id,
        target_branch_id=target_branch_id,
        force=force,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
