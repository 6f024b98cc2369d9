"""`POST /v1/flows/video`: Create Video Generation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.bytedance_seedance_2_fast_request import BytedanceSeedance2FastRequest
    from ...models.bytedance_seedance_2_mini_request import BytedanceSeedance2MiniRequest
    from ...models.bytedance_seedance_2_request import BytedanceSeedance2Request
    from ...models.bytedance_seedance_25_request import BytedanceSeedance25Request
    from ...models.creatify_aurora_request import CreatifyAuroraRequest
    from ...models.http_validation_error import HttpValidationError
    from ...models.media_generation_create_response import MediaGenerationCreateResponse
    from ...models.veo_31_fast_request import Veo31FastRequest
    from ...models.veo_31_request import Veo31Request


def _get_kwargs(
    *,
    body: BytedanceSeedance25Request
    | BytedanceSeedance2FastRequest
    | BytedanceSeedance2MiniRequest
    | BytedanceSeedance2Request
    | CreatifyAuroraRequest
    | Veo31FastRequest
    | Veo31Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/flows/video",
    }
    from ...models.bytedance_seedance_2_fast_request import BytedanceSeedance2FastRequest
    from ...models.bytedance_seedance_2_mini_request import BytedanceSeedance2MiniRequest
    from ...models.bytedance_seedance_2_request import BytedanceSeedance2Request
    from ...models.bytedance_seedance_25_request import BytedanceSeedance25Request
    from ...models.creatify_aurora_request import CreatifyAuroraRequest
    from ...models.veo_31_fast_request import Veo31FastRequest
    from ...models.veo_31_request import Veo31Request

    if (
        isinstance(body, CreatifyAuroraRequest)
        or isinstance(body, Veo31Request)
        or isinstance(body, Veo31FastRequest)
        or isinstance(body, BytedanceSeedance2Request)
        or isinstance(body, BytedanceSeedance2FastRequest)
        or isinstance(body, BytedanceSeedance2MiniRequest)
        or isinstance(body, BytedanceSeedance25Request)
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
    body: BytedanceSeedance25Request
    | BytedanceSeedance2FastRequest
    | BytedanceSeedance2MiniRequest
    | BytedanceSeedance2Request
    | CreatifyAuroraRequest
    | Veo31FastRequest
    | Veo31Request,
) -> HttpValidationError | MediaGenerationCreateResponse | None:
    """Create Video Generation

    Start a video generation with the selected model.

    Args:
        body (BytedanceSeedance25Request | BytedanceSeedance2FastRequest |
            BytedanceSeedance2MiniRequest | BytedanceSeedance2Request | CreatifyAuroraRequest |
            Veo31FastRequest | Veo31Request):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BytedanceSeedance25Request
    | BytedanceSeedance2FastRequest
    | BytedanceSeedance2MiniRequest
    | BytedanceSeedance2Request
    | CreatifyAuroraRequest
    | Veo31FastRequest
    | Veo31Request,
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
    body: BytedanceSeedance25Request
    | BytedanceSeedance2FastRequest
    | BytedanceSeedance2MiniRequest
    | BytedanceSeedance2Request
    | CreatifyAuroraRequest
    | Veo31FastRequest
    | Veo31Request,
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
    body: BytedanceSeedance25Request
    | BytedanceSeedance2FastRequest
    | BytedanceSeedance2MiniRequest
    | BytedanceSeedance2Request
    | CreatifyAuroraRequest
    | Veo31FastRequest
    | Veo31Request,
) -> Response[HttpValidationError | MediaGenerationCreateResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
