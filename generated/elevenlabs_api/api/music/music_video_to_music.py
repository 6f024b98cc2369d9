"""`POST /v1/music/video-to-music`: Video To Music."""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import UNSET, File, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import AllowedOutputFormats
    from ...models.body_video_to_music_v1_music_video_to_music_post import BodyVideoToMusicV1MusicVideoToMusicPost


def _get_kwargs(
    *,
    body: BodyVideoToMusicV1MusicVideoToMusicPost,
    output_format: AllowedOutputFormats | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_output_format: str | Unset = UNSET
    if not isinstance(output_format, Unset):
        json_output_format = output_format

    params["output_format"] = json_output_format

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/music/video-to-music",
    }
    _kwargs["params"] = params
    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | File | None:

    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyVideoToMusicV1MusicVideoToMusicPost,
    output_format: AllowedOutputFormats | Unset = UNSET,
) -> Any | File | None:
    """Video To Music

    Generate background music from one or more video files. Videos are combined in order. Optional
    description and style tags influence the generated music.

    Args:
        output_format (AllowedOutputFormats | Unset):
        body (BodyVideoToMusicV1MusicVideoToMusicPost):
    """

    return sync_detailed(
        client=client,
        body=body,
        output_format=output_format,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyVideoToMusicV1MusicVideoToMusicPost,
    output_format: AllowedOutputFormats | Unset = UNSET,
) -> Response[Any | File]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
        output_format=output_format,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyVideoToMusicV1MusicVideoToMusicPost,
    output_format: AllowedOutputFormats | Unset = UNSET,
) -> Any | File | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
            output_format=output_format,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyVideoToMusicV1MusicVideoToMusicPost,
    output_format: AllowedOutputFormats | Unset = UNSET,
) -> Response[Any | File]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
        output_format=output_format,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
