"""`POST /v1/dubbing/resource/{dubbing_id}/translate`: Deprecated: Translates All Or Some Segments And Languages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_translates_all_or_some_segments_and_languages_v1_dubbing_resource_dubbing_id_translate_post import (
        BodyTranslatesAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdTranslatePost,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.segment_translation_response import SegmentTranslationResponse


def _get_kwargs(
    dubbing_id: str,
    *,
    body: BodyTranslatesAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdTranslatePost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/dubbing/resource/{dubbing_id}/translate".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | SegmentTranslationResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.segment_translation_response import SegmentTranslationResponse

    if response.status_code == 200:
        response_200 = SegmentTranslationResponse.from_dict(response.json())

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
    body: BodyTranslatesAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdTranslatePost,
) -> HttpValidationError | SegmentTranslationResponse | None:
    """Deprecated: Translates All Or Some Segments And Languages

    Deprecated. Regenerate the translations for either the entire resource or the specified
    segments/languages. Will automatically transcribe missing transcriptions. Will not automatically
    regenerate the dubs.

    Args:
        dubbing_id (str): ID of the dubbing project.
        body (BodyTranslatesAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdTranslatePost):
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
    body: BodyTranslatesAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdTranslatePost,
) -> Response[HttpValidationError | SegmentTranslationResponse]:
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
    body: BodyTranslatesAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdTranslatePost,
) -> HttpValidationError | SegmentTranslationResponse | None:
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
    body: BodyTranslatesAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdTranslatePost,
) -> Response[HttpValidationError | SegmentTranslationResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
