"""`DELETE /v1/dubbing/resource/{dubbing_id}/segment/{segment_id}`: Deprecated: Deletes A Single Segment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.segment_delete_response import SegmentDeleteResponse


def _get_kwargs(
    dubbing_id: str,
    segment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/dubbing/resource/{dubbing_id}/segment/{segment_id}".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
            segment_id=quote(str(segment_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | SegmentDeleteResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.segment_delete_response import SegmentDeleteResponse

    if response.status_code == 200:
        response_200 = SegmentDeleteResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    dubbing_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | SegmentDeleteResponse | None:
    """Deprecated: Deletes A Single Segment

    Deprecated. Deletes a single segment from the dubbing.

    Args:
        dubbing_id (str): ID of the dubbing project.
        segment_id (str): ID of the segment
    """

    return sync_detailed(
        dubbing_id=dubbing_id,
        segment_id=segment_id,
        client=client,
    ).parsed


def sync_detailed(
    dubbing_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | SegmentDeleteResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        segment_id=segment_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    dubbing_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | SegmentDeleteResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            segment_id=segment_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    dubbing_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | SegmentDeleteResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        segment_id=segment_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
