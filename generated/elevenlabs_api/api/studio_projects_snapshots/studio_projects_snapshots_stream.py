"""`POST /v1/studio/projects/{project_id}/snapshots/{project_snapshot_id}/stream`: Stream Studio Project Audio."""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, File, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_stream_studio_project_audio_v1_studio_projects_project_id_snapshots_project_snapshot_id_stream_post import (
        BodyStreamStudioProjectAudioV1StudioProjectsProjectIdSnapshotsProjectSnapshotIdStreamPost,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    project_id: str,
    project_snapshot_id: str,
    *,
    body: BodyStreamStudioProjectAudioV1StudioProjectsProjectIdSnapshotsProjectSnapshotIdStreamPost | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/studio/projects/{project_id}/snapshots/{project_snapshot_id}/stream".format(
            project_id=quote(str(project_id), safe=""),
            project_snapshot_id=quote(str(project_snapshot_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | HttpValidationError | None:
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
    body: BodyStreamStudioProjectAudioV1StudioProjectsProjectIdSnapshotsProjectSnapshotIdStreamPost | Unset = UNSET,
) -> File | HttpValidationError | None:
    """Stream Studio Project Audio

    Stream the audio from a Studio project snapshot.

    Args:
        project_id (str): The ID of the Studio project.
        project_snapshot_id (str): The ID of the Studio project snapshot.
        body
            (BodyStreamStudioProjectAudioV1StudioProjectsProjectIdSnapshotsProjectSnapshotIdStreamPost
            | Unset):
    """

    return sync_detailed(
        project_id=project_id,
        project_snapshot_id=project_snapshot_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    project_id: str,
    project_snapshot_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyStreamStudioProjectAudioV1StudioProjectsProjectIdSnapshotsProjectSnapshotIdStreamPost | Unset = UNSET,
) -> Response[File | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        project_id=project_id,
        project_snapshot_id=project_snapshot_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    project_id: str,
    project_snapshot_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyStreamStudioProjectAudioV1StudioProjectsProjectIdSnapshotsProjectSnapshotIdStreamPost | Unset = UNSET,
) -> File | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            project_id=project_id,
            project_snapshot_id=project_snapshot_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    project_id: str,
    project_snapshot_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyStreamStudioProjectAudioV1StudioProjectsProjectIdSnapshotsProjectSnapshotIdStreamPost | Unset = UNSET,
) -> Response[File | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        project_id=project_id,
        project_snapshot_id=project_snapshot_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
