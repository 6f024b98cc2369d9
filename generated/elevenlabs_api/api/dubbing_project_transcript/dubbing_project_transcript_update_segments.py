"""`PATCH /v1/dubbing/project/{project_id}/transcript/segments`: Update Dubbing Transcript Segments."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dubbing_bulk_segment_update_request import DubbingBulkSegmentUpdateRequest
    from ...models.dubbing_bulk_source_segment_update_response import DubbingBulkSourceSegmentUpdateResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    project_id: str,
    *,
    body: DubbingBulkSegmentUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/dubbing/project/{project_id}/transcript/segments".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DubbingBulkSourceSegmentUpdateResponse | HttpValidationError | None:
    from ...models.dubbing_bulk_source_segment_update_response import DubbingBulkSourceSegmentUpdateResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = DubbingBulkSourceSegmentUpdateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: DubbingBulkSegmentUpdateRequest,
) -> DubbingBulkSourceSegmentUpdateResponse | HttpValidationError | None:
    """Update Dubbing Transcript Segments

    Enterprise only. Edit several source segments' text, speaker, or timing in one atomic request.

    Args:
        project_id (str): Identifier of the dubbing project.
        body (DubbingBulkSegmentUpdateRequest): Edit several source segments at once, applied
            atomically (all succeed or none do).
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
    body: DubbingBulkSegmentUpdateRequest,
) -> Response[DubbingBulkSourceSegmentUpdateResponse | HttpValidationError]:
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
    body: DubbingBulkSegmentUpdateRequest,
) -> DubbingBulkSourceSegmentUpdateResponse | HttpValidationError | None:
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
    body: DubbingBulkSegmentUpdateRequest,
) -> Response[DubbingBulkSourceSegmentUpdateResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
