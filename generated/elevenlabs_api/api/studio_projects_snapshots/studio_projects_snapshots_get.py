"""`GET /v1/studio/projects/{project_id}/snapshots/{project_snapshot_id}`: Get Project Snapshot."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.project_snapshot_extended_response_model import ProjectSnapshotExtendedResponseModel


def _get_kwargs(
    project_id: str,
    project_snapshot_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/studio/projects/{project_id}/snapshots/{project_snapshot_id}".format(
            project_id=quote(str(project_id), safe=""),
            project_snapshot_id=quote(str(project_snapshot_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | ProjectSnapshotExtendedResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.project_snapshot_extended_response_model import ProjectSnapshotExtendedResponseModel

    if response.status_code == 200:
        response_200 = ProjectSnapshotExtendedResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    project_id: str,
    project_snapshot_id: str,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | ProjectSnapshotExtendedResponseModel | None:
    """Get Project Snapshot

    Returns the project snapshot.

    Args:
        project_id (str): The ID of the Studio project.
        project_snapshot_id (str): The ID of the Studio project snapshot.
    """

    return sync_detailed(
        project_id=project_id,
        project_snapshot_id=project_snapshot_id,
        client=client,
    ).parsed


def sync_detailed(
    project_id: str,
    project_snapshot_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | ProjectSnapshotExtendedResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        project_id=project_id,
        project_snapshot_id=project_snapshot_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    project_id: str,
    project_snapshot_id: str,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | ProjectSnapshotExtendedResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            project_id=project_id,
            project_snapshot_id=project_snapshot_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    project_id: str,
    project_snapshot_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | ProjectSnapshotExtendedResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        project_id=project_id,
        project_snapshot_id=project_snapshot_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
