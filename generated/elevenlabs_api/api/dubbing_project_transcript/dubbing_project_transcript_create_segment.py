"""`POST /v1/dubbing/project/{project_id}/transcript/segment`: Add Dubbing Transcript Segment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dubbing_segment_create_request import DubbingSegmentCreateRequest
    from ...models.dubbing_source_segment_update_response import DubbingSourceSegmentUpdateResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    project_id: str,
    *,
    body: DubbingSegmentCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/dubbing/project/{project_id}/transcript/segment".format(
            project_id=quote(str(project_id), safe=""),
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

    if response.status_code == 201:
        response_201 = DubbingSourceSegmentUpdateResponse.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: DubbingSegmentCreateRequest,
) -> DubbingSourceSegmentUpdateResponse | HttpValidationError | None:
    """Add Dubbing Transcript Segment

    Enterprise only. Add a new source segment to the transcript.

    Args:
        project_id (str): Identifier of the dubbing project.
        body (DubbingSegmentCreateRequest): A new source segment; its id and word-level alignment
            are assigned by the server.
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: DubbingSegmentCreateRequest,
) -> Response[DubbingSourceSegmentUpdateResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: DubbingSegmentCreateRequest,
) -> DubbingSourceSegmentUpdateResponse | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: DubbingSegmentCreateRequest,
) -> Response[DubbingSourceSegmentUpdateResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
