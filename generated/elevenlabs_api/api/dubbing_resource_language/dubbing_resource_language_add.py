"""`POST /v1/dubbing/resource/{dubbing_id}/language`: Deprecated: Add A Language To The Resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_add_a_language_to_the_resource_v1_dubbing_resource_dubbing_id_language_post import (
        BodyAddALanguageToTheResourceV1DubbingResourceDubbingIdLanguagePost,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.language_added_response import LanguageAddedResponse


def _get_kwargs(
    dubbing_id: str,
    *,
    body: BodyAddALanguageToTheResourceV1DubbingResourceDubbingIdLanguagePost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/dubbing/resource/{dubbing_id}/language".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | LanguageAddedResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.language_added_response import LanguageAddedResponse

    if response.status_code == 201:
        response_201 = LanguageAddedResponse.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    dubbing_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyAddALanguageToTheResourceV1DubbingResourceDubbingIdLanguagePost,
) -> HttpValidationError | LanguageAddedResponse | None:
    """Deprecated: Add A Language To The Resource

    Deprecated. Adds the given ElevenLab Turbo V2/V2.5 language code to the resource. Does not
    automatically generate transcripts/translations/audio.

    Args:
        dubbing_id (str): ID of the dubbing project.
        body (BodyAddALanguageToTheResourceV1DubbingResourceDubbingIdLanguagePost):
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
    body: BodyAddALanguageToTheResourceV1DubbingResourceDubbingIdLanguagePost,
) -> Response[HttpValidationError | LanguageAddedResponse]:
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
    body: BodyAddALanguageToTheResourceV1DubbingResourceDubbingIdLanguagePost,
) -> HttpValidationError | LanguageAddedResponse | None:
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
    body: BodyAddALanguageToTheResourceV1DubbingResourceDubbingIdLanguagePost,
) -> Response[HttpValidationError | LanguageAddedResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
