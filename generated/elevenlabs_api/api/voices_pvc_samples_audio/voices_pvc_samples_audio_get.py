"""`GET /v1/voices/pvc/{voice_id}/samples/{sample_id}/audio`: Retrieve Voice Sample Audio."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.voice_sample_preview_response_model import VoiceSamplePreviewResponseModel


def _get_kwargs(
    voice_id: str,
    sample_id: str,
    *,
    remove_background_noise: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["remove_background_noise"] = remove_background_noise

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/voices/pvc/{voice_id}/samples/{sample_id}/audio".format(
            voice_id=quote(str(voice_id), safe=""),
            sample_id=quote(str(sample_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | VoiceSamplePreviewResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.voice_sample_preview_response_model import VoiceSamplePreviewResponseModel

    if response.status_code == 200:
        response_200 = VoiceSamplePreviewResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    voice_id: str,
    sample_id: str,
    *,
    client: AuthenticatedClient,
    remove_background_noise: bool | Unset = UNSET,
) -> HttpValidationError | VoiceSamplePreviewResponseModel | None:
    """Retrieve Voice Sample Audio

    Retrieve the first 30 seconds of voice sample audio with or without noise removal.

    Args:
        voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to
            list all the available voices.
        sample_id (str): Sample ID to be used
        remove_background_noise (bool | Unset): If set will remove background noise for voice
            samples using our audio isolation model. If the samples do not include background noise,
            it can make the quality worse. Defaults to False on the server.
    """

    return sync_detailed(
        voice_id=voice_id,
        sample_id=sample_id,
        client=client,
        remove_background_noise=remove_background_noise,
    ).parsed


def sync_detailed(
    voice_id: str,
    sample_id: str,
    *,
    client: AuthenticatedClient,
    remove_background_noise: bool | Unset = UNSET,
) -> Response[HttpValidationError | VoiceSamplePreviewResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
        sample_id=sample_id,
        remove_background_noise=remove_background_noise,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    voice_id: str,
    sample_id: str,
    *,
    client: AuthenticatedClient,
    remove_background_noise: bool | Unset = UNSET,
) -> HttpValidationError | VoiceSamplePreviewResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            voice_id=voice_id,
            sample_id=sample_id,
            client=client,
            remove_background_noise=remove_background_noise,
        )
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    sample_id: str,
    *,
    client: AuthenticatedClient,
    remove_background_noise: bool | Unset = UNSET,
) -> Response[HttpValidationError | VoiceSamplePreviewResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
        sample_id=sample_id,
        remove_background_noise=remove_background_noise,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
