"""`GET /v1/studio/projects/{project_id}/chapters/{chapter_id}/snapshots/{chapter_snapshot_id}`: Get Chapter Snapshot."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChapterSnapshotExtendedResponseModel | HttpValidationError]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    chapter_id: str,
    chapter_snapshot_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ChapterSnapshotExtendedResponseModel | HttpValidationError]:
    """Get Chapter Snapshot

     Returns the chapter snapshot.

    Args:
        project_id (str): The ID of the Studio project.
        chapter_id (str): The ID of the chapter.
        chapter_snapshot_id (str): The ID of the chapter snapshot.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChapterSnapshotExtendedResponseModel | HttpValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        chapter_id=chapter_id,
        chapter_snapshot_id=chapter_snapshot_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChapterSnapshotExtendedResponseModel | HttpValidationError
    """

    return sync_detailed(
        project_id=project_id,
        chapter_id=chapter_id,
        chapter_snapshot_id=chapter_snapshot_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    chapter_id: str,
    chapter_snapshot_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ChapterSnapshotExtendedResponseModel | HttpValidationError]:
    """Get Chapter Snapshot

     Returns the chapter snapshot.

    Args:
        project_id (str): The ID of the Studio project.
        chapter_id (str): The ID of the chapter.
        chapter_snapshot_id (str): The ID of the chapter snapshot.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChapterSnapshotExtendedResponseModel | HttpValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        chapter_id=chapter_id,
        chapter_snapshot_id=chapter_snapshot_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChapterSnapshotExtendedResponseModel | HttpValidationError
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            chapter_id=chapter_id,
            chapter_snapshot_id=chapter_snapshot_id,
            client=client,
        )
    ).parsed
