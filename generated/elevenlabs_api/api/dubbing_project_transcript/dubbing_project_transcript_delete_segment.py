"""`DELETE /v1/dubbing/project/{project_id}/transcript/segment/{segment_id}`: Delete Dubbing Transcript Segment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dubbing_transcript_revision_response import DubbingTranscriptRevisionResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    project_id: str,
    segment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/dubbing/project/{project_id}/transcript/segment/{segment_id}".format(
            project_id=quote(str(project_id), safe=""),
            segment_id=quote(str(segment_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DubbingTranscriptRevisionResponse | HttpValidationError | None:
    from ...models.dubbing_transcript_revision_response import DubbingTranscriptRevisionResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = DubbingTranscriptRevisionResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    project_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient,
) -> DubbingTranscriptRevisionResponse | HttpValidationError | None:
    """Delete Dubbing Transcript Segment

    Enterprise only. Remove a source segment from the transcript.

    Args:
        project_id (str): Identifier of the dubbing project.
        segment_id (str): Identifier of the segment to remove.
    """

    return sync_detailed(
        project_id=project_id,
        segment_id=segment_id,
        client=client,
    ).parsed


def sync_detailed(
    project_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DubbingTranscriptRevisionResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        project_id=project_id,
        segment_id=segment_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    project_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient,
) -> DubbingTranscriptRevisionResponse | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            project_id=project_id,
            segment_id=segment_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    project_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DubbingTranscriptRevisionResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        project_id=project_id,
        segment_id=segment_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
