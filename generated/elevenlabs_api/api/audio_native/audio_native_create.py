"""`POST /v1/audio-native`: Creates Audio Native Enabled Project.."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.audio_native_create_project_response_model import AudioNativeCreateProjectResponseModel
    from ...models.body_creates_audio_native_enabled_project_v1_audio_native_post import (
        BodyCreatesAudioNativeEnabledProjectV1AudioNativePost,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: BodyCreatesAudioNativeEnabledProjectV1AudioNativePost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/audio-native",
    }
    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AudioNativeCreateProjectResponseModel | HttpValidationError | None:
    from ...models.audio_native_create_project_response_model import AudioNativeCreateProjectResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = AudioNativeCreateProjectResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyCreatesAudioNativeEnabledProjectV1AudioNativePost,
) -> AudioNativeCreateProjectResponseModel | HttpValidationError | None:
    """Creates Audio Native Enabled Project.

    Creates Audio Native enabled project, optionally starts conversion and returns project ID and
    embeddable HTML snippet.

    Args:
        body (BodyCreatesAudioNativeEnabledProjectV1AudioNativePost):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreatesAudioNativeEnabledProjectV1AudioNativePost,
) -> Response[AudioNativeCreateProjectResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyCreatesAudioNativeEnabledProjectV1AudioNativePost,
) -> AudioNativeCreateProjectResponseModel | HttpValidationError | None:
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
    body: BodyCreatesAudioNativeEnabledProjectV1AudioNativePost,
) -> Response[AudioNativeCreateProjectResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
