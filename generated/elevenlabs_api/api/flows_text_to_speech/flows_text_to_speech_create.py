"""`POST /v1/flows/text-to-speech`: Create Speech Generation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.eleven_flash_v25_request import ElevenFlashV25Request
    from ...models.eleven_multilingual_v2_request import ElevenMultilingualV2Request
    from ...models.eleven_v3_request import ElevenV3Request
    from ...models.http_validation_error import HttpValidationError
    from ...models.media_generation_create_response import MediaGenerationCreateResponse


def _get_kwargs(
    *,
    body: ElevenFlashV25Request | ElevenMultilingualV2Request | ElevenV3Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/flows/text-to-speech",
    }
    from ...models.eleven_flash_v25_request import ElevenFlashV25Request
    from ...models.eleven_multilingual_v2_request import ElevenMultilingualV2Request
    from ...models.eleven_v3_request import ElevenV3Request

    if (
        isinstance(body, ElevenFlashV25Request)
        or isinstance(body, ElevenMultilingualV2Request)
        or isinstance(body, ElevenV3Request)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | MediaGenerationCreateResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.media_generation_create_response import MediaGenerationCreateResponse

    if response.status_code == 200:
        response_200 = MediaGenerationCreateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: ElevenFlashV25Request | ElevenMultilingualV2Request | ElevenV3Request,
) -> HttpValidationError | MediaGenerationCreateResponse | None:
    """Create Speech Generation

    Start a speech generation with the selected model. Charged per character via text-to-speech billing.
    Use this over `/v1/text-to-speech` for the asynchronous generation lifecycle or for models not
    offered there; for direct, synchronous speech synthesis, prefer `/v1/text-to-speech`.

    Args:
        body (ElevenFlashV25Request | ElevenMultilingualV2Request | ElevenV3Request):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ElevenFlashV25Request | ElevenMultilingualV2Request | ElevenV3Request,
) -> Response[HttpValidationError | MediaGenerationCreateResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ElevenFlashV25Request | ElevenMultilingualV2Request | ElevenV3Request,
) -> HttpValidationError | MediaGenerationCreateResponse | None:
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
    body: ElevenFlashV25Request | ElevenMultilingualV2Request | ElevenV3Request,
) -> Response[HttpValidationError | MediaGenerationCreateResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
