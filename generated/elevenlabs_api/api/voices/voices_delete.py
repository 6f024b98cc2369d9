"""`DELETE /v1/voices/{voice_id}`: Delete Voice."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.delete_voice_response_model import DeleteVoiceResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    voice_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/voices/{voice_id}".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteVoiceResponseModel | HttpValidationError | None:
    from ...models.delete_voice_response_model import DeleteVoiceResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = DeleteVoiceResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    voice_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteVoiceResponseModel | HttpValidationError | None:
    """Delete Voice

    Deletes a voice by its ID.

    Args:
        voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to
            list all the available voices.
    """

    return sync_detailed(
        voice_id=voice_id,
        client=client,
    ).parsed


def sync_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteVoiceResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    voice_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteVoiceResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            voice_id=voice_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteVoiceResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
