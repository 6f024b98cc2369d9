"""`POST /v1/dubbing/resource/{dubbing_id}/speaker/{speaker_id}/segment`: Deprecated: Create A Segment For The Speaker."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.segment_create_payload import SegmentCreatePayload
    from ...models.segment_create_response import SegmentCreateResponse


def _get_kwargs(
    dubbing_id: str,
    speaker_id: str,
    *,
    body: SegmentCreatePayload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/dubbing/resource/{dubbing_id}/speaker/{speaker_id}/segment".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
            speaker_id=quote(str(speaker_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | SegmentCreateResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.segment_create_response import SegmentCreateResponse

    if response.status_code == 201:
        response_201 = SegmentCreateResponse.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    dubbing_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient,
    body: SegmentCreatePayload,
) -> HttpValidationError | SegmentCreateResponse | None:
    """Deprecated: Create A Segment For The Speaker

    Deprecated. Creates a new segment in dubbing resource with a start and end time for the speaker in
    every available language. Does not automatically generate transcripts/translations/audio.

    Args:
        dubbing_id (str): ID of the dubbing project.
        speaker_id (str): ID of the speaker.
        body (SegmentCreatePayload):
    """

    return sync_detailed(
        dubbing_id=dubbing_id,
        speaker_id=speaker_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    dubbing_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient,
    body: SegmentCreatePayload,
) -> Response[HttpValidationError | SegmentCreateResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        speaker_id=speaker_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    dubbing_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient,
    body: SegmentCreatePayload,
) -> HttpValidationError | SegmentCreateResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            speaker_id=speaker_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    dubbing_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient,
    body: SegmentCreatePayload,
) -> Response[HttpValidationError | SegmentCreateResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        speaker_id=speaker_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
