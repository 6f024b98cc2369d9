"""`PATCH /v1/dubbing/resource/{dubbing_id}/segment/{segment_id}/{language}`: Deprecated: Modify A Single Segment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.segment_update_payload import SegmentUpdatePayload
    from ...models.segment_update_response import SegmentUpdateResponse


def _get_kwargs(
    dubbing_id: str,
    segment_id: str,
    language: str,
    *,
    body: SegmentUpdatePayload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/dubbing/resource/{dubbing_id}/segment/{segment_id}/{language}".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
            segment_id=quote(str(segment_id), safe=""),
            language=quote(str(language), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | SegmentUpdateResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.segment_update_response import SegmentUpdateResponse

    if response.status_code == 200:
        response_200 = SegmentUpdateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    dubbing_id: str,
    segment_id: str,
    language: str,
    *,
    client: AuthenticatedClient,
    body: SegmentUpdatePayload,
) -> HttpValidationError | SegmentUpdateResponse | None:
    """Deprecated: Modify A Single Segment

    Deprecated. Modifies a single segment with new text and/or start/end times. Will update the values
    for only a specific language of a segment. Does not automatically regenerate the dub.

    Args:
        dubbing_id (str): ID of the dubbing project.
        segment_id (str): ID of the segment
        language (str): ID of the language.
        body (SegmentUpdatePayload):
    """

    return sync_detailed(
        dubbing_id=dubbing_id,
        segment_id=segment_id,
        language=language,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    dubbing_id: str,
    segment_id: str,
    language: str,
    *,
    client: AuthenticatedClient,
    body: SegmentUpdatePayload,
) -> Response[HttpValidationError | SegmentUpdateResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        segment_id=segment_id,
        language=language,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    dubbing_id: str,
    segment_id: str,
    language: str,
    *,
    client: AuthenticatedClient,
    body: SegmentUpdatePayload,
) -> HttpValidationError | SegmentUpdateResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            segment_id=segment_id,
            language=language,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    dubbing_id: str,
    segment_id: str,
    language: str,
    *,
    client: AuthenticatedClient,
    body: SegmentUpdatePayload,
) -> Response[HttpValidationError | SegmentUpdateResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        segment_id=segment_id,
        language=language,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
