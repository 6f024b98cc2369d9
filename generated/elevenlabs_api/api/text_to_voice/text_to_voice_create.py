"""`POST /v1/text-to-voice`: Create A New Voice From Voice Preview."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_create_a_new_voice_from_voice_preview_v1_text_to_voice_post import (
        BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePost,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.voice import Voice


def _get_kwargs(
    *,
    body: BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/text-to-voice",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | Voice | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.voice import Voice

    if response.status_code == 200:
        response_200 = Voice.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePost,
) -> HttpValidationError | Voice | None:
    """Create A New Voice From Voice Preview

    Create a voice from previously generated voice preview. This endpoint should be called after you
    fetched a generated_voice_id using POST /v1/text-to-voice/design or POST /v1/text-to-
    voice/:voice_id/remix.

    Args:
        body (BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePost):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePost,
) -> Response[HttpValidationError | Voice]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePost,
) -> HttpValidationError | Voice | None:
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
    body: BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePost,
) -> Response[HttpValidationError | Voice]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
