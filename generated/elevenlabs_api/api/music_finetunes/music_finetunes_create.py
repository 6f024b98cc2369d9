"""`POST /v1/music/finetunes`: Create Music Finetune."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_create_music_finetune_v1_music_finetunes_post import BodyCreateMusicFinetuneV1MusicFinetunesPost
    from ...models.http_validation_error import HttpValidationError
    from ...models.music_finetune_response_model import MusicFinetuneResponseModel


def _get_kwargs(
    *,
    body: BodyCreateMusicFinetuneV1MusicFinetunesPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/music/finetunes",
    }
    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HttpValidationError | MusicFinetuneResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.music_finetune_response_model import MusicFinetuneResponseModel

    if response.status_code == 201:
        response_201 = MusicFinetuneResponseModel.from_dict(response.json())

        return response_201

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyCreateMusicFinetuneV1MusicFinetunesPost,
) -> Any | HttpValidationError | MusicFinetuneResponseModel | None:
    """Create Music Finetune

    Create a new music finetune

    Args:
        body (BodyCreateMusicFinetuneV1MusicFinetunesPost):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreateMusicFinetuneV1MusicFinetunesPost,
) -> Response[Any | HttpValidationError | MusicFinetuneResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyCreateMusicFinetuneV1MusicFinetunesPost,
) -> Any | HttpValidationError | MusicFinetuneResponseModel | None:
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
    body: BodyCreateMusicFinetuneV1MusicFinetunesPost,
) -> Response[Any | HttpValidationError | MusicFinetuneResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
