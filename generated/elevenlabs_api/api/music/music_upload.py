"""`POST /v1/music/upload`: Upload Music."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_upload_music_v1_music_upload_post import BodyUploadMusicV1MusicUploadPost
    from ...models.http_validation_error import HttpValidationError
    from ...models.music_upload_response import MusicUploadResponse


def _get_kwargs(
    *,
    body: BodyUploadMusicV1MusicUploadPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/music/upload",
    }
    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | MusicUploadResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.music_upload_response import MusicUploadResponse

    if response.status_code == 200:
        response_200 = MusicUploadResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyUploadMusicV1MusicUploadPost,
) -> HttpValidationError | MusicUploadResponse | None:
    """Upload Music

    Upload a music file to be later used for inpainting. Price for uploading is the same as the one for
    song generation. All uploaded content gets inspected for copyright infringement. If copyrighted
    content is detected, half of the request cost is still charged.

    Args:
        body (BodyUploadMusicV1MusicUploadPost):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyUploadMusicV1MusicUploadPost,
) -> Response[HttpValidationError | MusicUploadResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyUploadMusicV1MusicUploadPost,
) -> HttpValidationError | MusicUploadResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyUploadMusicV1MusicUploadPost,
) -> Response[HttpValidationError | MusicUploadResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
