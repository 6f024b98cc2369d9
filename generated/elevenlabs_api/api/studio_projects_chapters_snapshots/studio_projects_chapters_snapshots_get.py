"""`GET /v1/studio/projects/{project_id}/chapters/{chapter_id}/snapshots/{chapter_snapshot_id}`: Get Chapter Snapshot."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.chapter_snapshot_extended_response_model import ChapterSnapshotExtendedResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    project_id: str,
    chapter_id: str,
    chapter_snapshot_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/studio/projects/{project_id}/chapters/{chapter_id}/snapshots/{chapter_snapshot_id}".format(
            project_id=quote(str(project_id), safe=""),
            chapter_id=quote(str(chapter_id), safe=""),
            chapter_snapshot_id=quote(str(chapter_snapshot_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChapterSnapshotExtendedResponseModel | HttpValidationError | None:
    from ...models.chapter_snapshot_extended_response_model import ChapterSnapshotExtendedResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = ChapterSnapshotExtendedResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    project_id: str,
    chapter_id: str,
    chapter_snapshot_id: str,
    *,
    client: AuthenticatedClient,
) -> ChapterSnapshotExtendedResponseModel | HttpValidationError | None:
    """Get Chapter Snapshot

    Returns the chapter snapshot.

    Args:
        project_id (str): The ID of the Studio project.
        chapter_id (str): The ID of the chapter.
        chapter_snapshot_id (str): The ID of the chapter snapshot.
    """

    return sync_detailed(
        project_id=project_id,
        chapter_id=chapter_id,
        chapter_snapshot_id=chapter_snapshot_id,
        client=client,
    ).parsed


def sync_detailed(
    project_id: str,
    chapter_id: str,
    chapter_snapshot_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ChapterSnapshotExtendedResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        project_id=project_id,
        chapter_id=chapter_id,
        chapter_snapshot_id=chapter_snapshot_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    project_id: str,
    chapter_id: str,
    chapter_snapshot_id: str,
    *,
    client: AuthenticatedClient,
) -> ChapterSnapshotExtendedResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            project_id=project_id,
            chapter_id=chapter_id,
            chapter_snapshot_id=chapter_snapshot_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    project_id: str,
    chapter_id: str,
    chapter_snapshot_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ChapterSnapshotExtendedResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        project_id=project_id,
        chapter_id=chapter_id,
        chapter_snapshot_id=chapter_snapshot_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
