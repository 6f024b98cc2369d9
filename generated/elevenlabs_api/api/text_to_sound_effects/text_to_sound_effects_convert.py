"""`POST /v1/sound-generation`: Sound Generation."""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, File, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import AllowedOutputFormats
    from ...models.create_sound_effect_request import CreateSoundEffectRequest
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: CreateSoundEffectRequest,
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
        "url": "/v1/sound-generation",
    }
    _kwargs["params"] = params
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
    body: CreateSoundEffectRequest,
    output_format: AllowedOutputFormats | Unset = UNSET,
) -> File | HttpValidationError | None:
    """Sound Generation

    Turn text into sound effects for your videos, voice-overs or video games using the most advanced
    sound effects models in the world.

    Args:
        output_format (AllowedOutputFormats | Unset):
        body (CreateSoundEffectRequest):
    """

    return sync_detailed(
        client=client,
        body=body,
        output_format=output_format,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSoundEffectRequest,
    output_format: AllowedOutputFormats | Unset = UNSET,
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
    body: CreateSoundEffectRequest,
    output_format: AllowedOutputFormats | Unset = UNSET,
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
    body: CreateSoundEffectRequest,
    output_format: AllowedOutputFormats | Unset = UNSET,
) -> Response[File | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
        output_format=output_format,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
