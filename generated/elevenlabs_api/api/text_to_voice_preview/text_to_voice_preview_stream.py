"""`GET /v1/text-to-voice/{generated_voice_id}/stream`: Text To Voice Preview Streaming."""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import File, Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    generated_voice_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/text-to-voice/{generated_voice_id}/stream".format(
            generated_voice_id=quote(str(generated_voice_id), safe=""),
        ),
    }
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
    generated_voice_id: str,
    *,
    client: AuthenticatedClient,
) -> File | HttpValidationError | None:
    """Text To Voice Preview Streaming

    Stream a voice preview that was created via the /v1/text-to-voice/design endpoint.

    Args:
        generated_voice_id (str): The generated_voice_id to stream.
    """

    return sync_detailed(
        generated_voice_id=generated_voice_id,
        client=client,
    ).parsed


def sync_detailed(
    generated_voice_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[File | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        generated_voice_id=generated_voice_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    generated_voice_id: str,
    *,
    client: AuthenticatedClient,
) -> File | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            generated_voice_id=generated_voice_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    generated_voice_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[File | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        generated_voice_id=generated_voice_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
