"""`POST /v1/dubbing/resource/{dubbing_id}/dub`: Deprecated: Dubs All Or Some Segments And Languages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_dubs_all_or_some_segments_and_languages_v1_dubbing_resource_dubbing_id_dub_post import (
        BodyDubsAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdDubPost,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.segment_dub_response import SegmentDubResponse


def _get_kwargs(
    dubbing_id: str,
    *,
    body: BodyDubsAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdDubPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/dubbing/resource/{dubbing_id}/dub".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | SegmentDubResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.segment_dub_response import SegmentDubResponse

    if response.status_code == 200:
        response_200 = SegmentDubResponse.from_dict(response.json())

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
    body: BodyDubsAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdDubPost,
) -> HttpValidationError | SegmentDubResponse | None:
    """Deprecated: Dubs All Or Some Segments And Languages

    Deprecated. Regenerate the dubs for either the entire resource or the specified segments/languages.
    Will automatically transcribe and translate any missing transcriptions and translations.

    Args:
        dubbing_id (str): ID of the dubbing project.
        body (BodyDubsAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdDubPost):
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
    body: BodyDubsAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdDubPost,
) -> Response[HttpValidationError | SegmentDubResponse]:
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
    body: BodyDubsAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdDubPost,
) -> HttpValidationError | SegmentDubResponse | None:
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
    body: BodyDubsAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdDubPost,
) -> Response[HttpValidationError | SegmentDubResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
