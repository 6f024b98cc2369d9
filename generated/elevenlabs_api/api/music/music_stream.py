"""`POST /v1/music/stream`: Stream Composed Music."""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, File, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import (
        MusicStreamOutputFormatOfTheGeneratedAudio,
    )
    from ...models.body_stream_composed_music_v1_music_stream_post import BodyStreamComposedMusicV1MusicStreamPost
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: BodyStreamComposedMusicV1MusicStreamPost | Unset = UNSET,
    output_format: MusicStreamOutputFormatOfTheGeneratedAudio | Unset = UNSET,
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
        "url": "/v1/music/stream",
    }
    _kwargs["params"] = params

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | HttpValidationError | None:
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyStreamComposedMusicV1MusicStreamPost | Unset = UNSET,
    output_format: MusicStreamOutputFormatOfTheGeneratedAudio | Unset = UNSET,
) -> File | HttpValidationError | None:
    """Stream Composed Music

    Stream a composed song from a prompt or a composition plan.

    Args:
        output_format (MusicStreamOutputFormatOfTheGeneratedAudio | Unset): Defaults to 'auto' on
            the server.
        body (BodyStreamComposedMusicV1MusicStreamPost | Unset):
    """

    return sync_detailed(
        client=client,
        body=body,
        output_format=output_format,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyStreamComposedMusicV1MusicStreamPost | Unset = UNSET,
    output_format: MusicStreamOutputFormatOfTheGeneratedAudio | Unset = UNSET,
) -> Response[File | HttpValidationError]:
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
    body: BodyStreamComposedMusicV1MusicStreamPost | Unset = UNSET,
    output_format: MusicStreamOutputFormatOfTheGeneratedAudio | Unset = UNSET,
) -> File | HttpValidationError | None:
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
    body: BodyStreamComposedMusicV1MusicStreamPost | Unset = UNSET,
    output_format: MusicStreamOutputFormatOfTheGeneratedAudio | Unset = UNSET,
) -> Response[File | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
        output_format=output_format,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
