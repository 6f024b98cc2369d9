"""`PATCH /v1/dubbing/project/{project_id}/language/{language_id}/transcript/segment/{segment_id}`: Update Dubbing Target Transcript Segment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dubbing_target_segment_update_request import DubbingTargetSegmentUpdateRequest
    from ...models.dubbing_target_segment_update_response import DubbingTargetSegmentUpdateResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    project_id: str,
    language_id: str,
    segment_id: str,
    *,
    body: DubbingTargetSegmentUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/dubbing/project/{project_id}/language/{language_id}/transcript/segment/{segment_id}".format(
            project_id=quote(str(project_id), safe=""),
            language_id=quote(str(language_id), safe=""),
            segment_id=quote(str(segment_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DubbingTargetSegmentUpdateResponse | HttpValidationError | None:
    from ...models.dubbing_target_segment_update_response import DubbingTargetSegmentUpdateResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = DubbingTargetSegmentUpdateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    project_id: str,
    language_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient,
    body: DubbingTargetSegmentUpdateRequest,
) -> DubbingTargetSegmentUpdateResponse | HttpValidationError | None:
    """Update Dubbing Target Transcript Segment

    Enterprise only. Edit a segment's translation for a language target.

    Args:
        project_id (str): Identifier of the dubbing project.
        language_id (str): Identifier of the language target.
        segment_id (str): Identifier of the segment to edit.
        body (DubbingTargetSegmentUpdateRequest): A partial edit to a target segment. An omitted
            field is left unchanged; a provided ``null``
            clears it (see each field for what clearing means).
    """

    return sync_detailed(
        project_id=project_id,
        language_id=language_id,
        segment_id=segment_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    project_id: str,
    language_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient,
    body: DubbingTargetSegmentUpdateRequest,
) -> Response[DubbingTargetSegmentUpdateResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        project_id=project_id,
        language_id=language_id,
        segment_id=segment_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    project_id: str,
    language_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient,
    body: DubbingTargetSegmentUpdateRequest,
) -> DubbingTargetSegmentUpdateResponse | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            project_id=project_id,
            language_id=language_id,
            segment_id=segment_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    project_id: str,
    language_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient,
    body: DubbingTargetSegmentUpdateRequest,
) -> Response[DubbingTargetSegmentUpdateResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        project_id=project_id,
        language_id=language_id,
        segment_id=segment_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
