"""`PATCH /v1/dubbing/project/{project_id}/transcript/segment/{segment_id}`: Update Dubbing Transcript Segment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dubbing_segment_update_request import DubbingSegmentUpdateRequest
    from ...models.dubbing_source_segment_update_response import DubbingSourceSegmentUpdateResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    project_id: str,
    segment_id: str,
    *,
    body: DubbingSegmentUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/dubbing/project/{project_id}/transcript/segment/{segment_id}".format(
            project_id=quote(str(project_id), safe=""),
            segment_id=quote(str(segment_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DubbingSourceSegmentUpdateResponse | HttpValidationError | None:
    from ...models.dubbing_source_segment_update_response import DubbingSourceSegmentUpdateResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = DubbingSourceSegmentUpdateResponse.from_dict(response.json())

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
    body: DubbingSegmentUpdateRequest,
) -> DubbingSourceSegmentUpdateResponse | HttpValidationError | None:
    """Update Dubbing Transcript Segment

    Enterprise only. Edit a source segment's text, speaker, or timing.

    Args:
        project_id (str): Identifier of the dubbing project.
        segment_id (str): Identifier of the segment to edit.
        body (DubbingSegmentUpdateRequest): A partial update to a source segment; omitted fields
            are left unchanged.
    """

    return sync_detailed(
        project_id=project_id,
        segment_id=segment_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    project_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient,
    body: DubbingSegmentUpdateRequest,
) -> Response[DubbingSourceSegmentUpdateResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        project_id=project_id,
        segment_id=segment_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    project_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient,
    body: DubbingSegmentUpdateRequest,
) -> DubbingSourceSegmentUpdateResponse | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            project_id=project_id,
            segment_id=segment_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    project_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient,
    body: DubbingSegmentUpdateRequest,
) -> Response[DubbingSourceSegmentUpdateResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        project_id=project_id,
        segment_id=segment_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
