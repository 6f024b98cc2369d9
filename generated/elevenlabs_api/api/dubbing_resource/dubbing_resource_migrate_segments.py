"""`POST /v1/dubbing/resource/{dubbing_id}/migrate-segments`: Deprecated: Move Segments Between Speakers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_move_segments_between_speakers_v1_dubbing_resource_dubbing_id_migrate_segments_post import (
        BodyMoveSegmentsBetweenSpeakersV1DubbingResourceDubbingIdMigrateSegmentsPost,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.segment_migration_response import SegmentMigrationResponse


def _get_kwargs(
    dubbing_id: str,
    *,
    body: BodyMoveSegmentsBetweenSpeakersV1DubbingResourceDubbingIdMigrateSegmentsPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/dubbing/resource/{dubbing_id}/migrate-segments".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | SegmentMigrationResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.segment_migration_response import SegmentMigrationResponse

    if response.status_code == 200:
        response_200 = SegmentMigrationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    dubbing_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyMoveSegmentsBetweenSpeakersV1DubbingResourceDubbingIdMigrateSegmentsPost,
) -> HttpValidationError | SegmentMigrationResponse | None:
    """Deprecated: Move Segments Between Speakers

    Deprecated. Change the attribution of one or more segments to a different speaker.

    Args:
        dubbing_id (str): ID of the dubbing project.
        body (BodyMoveSegmentsBetweenSpeakersV1DubbingResourceDubbingIdMigrateSegmentsPost):
    """

    return sync_detailed(
        dubbing_id=dubbing_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    dubbing_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyMoveSegmentsBetweenSpeakersV1DubbingResourceDubbingIdMigrateSegmentsPost,
) -> Response[HttpValidationError | SegmentMigrationResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    dubbing_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyMoveSegmentsBetweenSpeakersV1DubbingResourceDubbingIdMigrateSegmentsPost,
) -> HttpValidationError | SegmentMigrationResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    dubbing_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyMoveSegmentsBetweenSpeakersV1DubbingResourceDubbingIdMigrateSegmentsPost,
) -> Response[HttpValidationError | SegmentMigrationResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
