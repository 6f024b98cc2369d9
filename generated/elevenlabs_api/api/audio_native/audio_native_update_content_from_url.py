"""`POST /v1/audio-native/content`: Update Audio-Native Content From Url."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.audio_native_edit_content_response_model import AudioNativeEditContentResponseModel
    from ...models.body_update_audio_native_content_from_url_v1_audio_native_content_post import (
        BodyUpdateAudioNativeContentFromUrlV1AudioNativeContentPost,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: BodyUpdateAudioNativeContentFromUrlV1AudioNativeContentPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/audio-native/content",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AudioNativeEditContentResponseModel | HttpValidationError | None:
    from ...models.audio_native_edit_content_response_model import AudioNativeEditContentResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = AudioNativeEditContentResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyUpdateAudioNativeContentFromUrlV1AudioNativeContentPost,
) -> AudioNativeEditContentResponseModel | HttpValidationError | None:
    """Update Audio-Native Content From Url

    Finds an AudioNative project matching the provided URL, extracts content from the URL, updates the
    project content, and queues it for conversion and auto-publishing.

    Args:
        body (BodyUpdateAudioNativeContentFromUrlV1AudioNativeContentPost):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyUpdateAudioNativeContentFromUrlV1AudioNativeContentPost,
) -> Response[AudioNativeEditContentResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyUpdateAudioNativeContentFromUrlV1AudioNativeContentPost,
) -> AudioNativeEditContentResponseModel | HttpValidationError | None:
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
    body: BodyUpdateAudioNativeContentFromUrlV1AudioNativeContentPost,
) -> Response[AudioNativeEditContentResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
