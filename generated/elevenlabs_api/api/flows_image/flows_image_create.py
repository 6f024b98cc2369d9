"""`POST /v1/flows/image`: Create Image Generation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.bytedance_seedream_5_lite_request import BytedanceSeedream5LiteRequest
    from ...models.bytedance_seedream_5_pro_request import BytedanceSeedream5ProRequest
    from ...models.gemini_3_pro_image_request import Gemini3ProImageRequest
    from ...models.gemini_25_flash_image_request import Gemini25FlashImageRequest
    from ...models.gemini_31_flash_image_request import Gemini31FlashImageRequest
    from ...models.gemini_31_flash_lite_image_request import Gemini31FlashLiteImageRequest
    from ...models.gpt_image_1_request import GptImage1Request
    from ...models.gpt_image_2_request import GptImage2Request
    from ...models.gpt_image_15_request import GptImage15Request
    from ...models.http_validation_error import HttpValidationError
    from ...models.media_generation_create_response import MediaGenerationCreateResponse


def _get_kwargs(
    *,
    body: BytedanceSeedream5LiteRequest
    | BytedanceSeedream5ProRequest
    | Gemini25FlashImageRequest
    | Gemini31FlashImageRequest
    | Gemini31FlashLiteImageRequest
    | Gemini3ProImageRequest
    | GptImage15Request
    | GptImage1Request
    | GptImage2Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/flows/image",
    }
    from ...models.bytedance_seedream_5_lite_request import BytedanceSeedream5LiteRequest
    from ...models.bytedance_seedream_5_pro_request import BytedanceSeedream5ProRequest
    from ...models.gemini_3_pro_image_request import Gemini3ProImageRequest
    from ...models.gemini_25_flash_image_request import Gemini25FlashImageRequest
    from ...models.gemini_31_flash_image_request import Gemini31FlashImageRequest
    from ...models.gemini_31_flash_lite_image_request import Gemini31FlashLiteImageRequest
    from ...models.gpt_image_1_request import GptImage1Request
    from ...models.gpt_image_2_request import GptImage2Request
    from ...models.gpt_image_15_request import GptImage15Request

    if (
        isinstance(body, GptImage1Request)
        or isinstance(body, GptImage15Request)
        or isinstance(body, GptImage2Request)
        or isinstance(body, Gemini25FlashImageRequest)
        or isinstance(body, Gemini3ProImageRequest)
        or isinstance(body, Gemini31FlashImageRequest)
        or isinstance(body, Gemini31FlashLiteImageRequest)
        or isinstance(body, BytedanceSeedream5LiteRequest)
        or isinstance(body, BytedanceSeedream5ProRequest)
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
    body: BytedanceSeedream5LiteRequest
    | BytedanceSeedream5ProRequest
    | Gemini25FlashImageRequest
    | Gemini31FlashImageRequest
    | Gemini31FlashLiteImageRequest
    | Gemini3ProImageRequest
    | GptImage15Request
    | GptImage1Request
    | GptImage2Request,
) -> HttpValidationError | MediaGenerationCreateResponse | None:
    """Create Image Generation

    Start an image generation with the selected model.

    Args:
        body (BytedanceSeedream5LiteRequest | BytedanceSeedream5ProRequest |
            Gemini25FlashImageRequest | Gemini31FlashImageRequest | Gemini31FlashLiteImageRequest |
            Gemini3ProImageRequest | GptImage15Request | GptImage1Request | GptImage2Request):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BytedanceSeedream5LiteRequest
    | BytedanceSeedream5ProRequest
    | Gemini25FlashImageRequest
    | Gemini31FlashImageRequest
    | Gemini31FlashLiteImageRequest
    | Gemini3ProImageRequest
    | GptImage15Request
    | GptImage1Request
    | GptImage2Request,
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
    body: BytedanceSeedream5LiteRequest
    | BytedanceSeedream5ProRequest
    | Gemini25FlashImageRequest
    | Gemini31FlashImageRequest
    | Gemini31FlashLiteImageRequest
    | Gemini3ProImageRequest
    | GptImage15Request
    | GptImage1Request
    | GptImage2Request,
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
    body: BytedanceSeedream5LiteRequest
    | BytedanceSeedream5ProRequest
    | Gemini25FlashImageRequest
    | Gemini31FlashImageRequest
    | Gemini31FlashLiteImageRequest
    | Gemini3ProImageRequest
    | GptImage15Request
    | GptImage1Request
    | GptImage2Request,
) -> Response[HttpValidationError | MediaGenerationCreateResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
