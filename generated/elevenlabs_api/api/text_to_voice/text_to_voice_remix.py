"""`POST /v1/text-to-voice/{voice_id}/remix`: Remix A Voice.."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import AllowedOutputFormats
    from ...models.http_validation_error import HttpValidationError
    from ...models.voice_design_preview_response import VoiceDesignPreviewResponse
    from ...models.voice_remix_request_model import VoiceRemixRequestModel


def _get_kwargs(
    voice_id: str,
    *,
    body: VoiceRemixRequestModel,
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
        "url": "/v1/text-to-voice/{voice_id}/remix".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | VoiceDesignPreviewResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.voice_design_preview_response import VoiceDesignPreviewResponse

    if response.status_code == 200:
        response_200 = VoiceDesignPreviewResponse.from_dict(response.json())

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
    body: VoiceRemixRequestModel,
    output_format: AllowedOutputFormats | Unset = UNSET,
) -> HttpValidationError | VoiceDesignPreviewResponse | None:
    """Remix A Voice.

    Remix an existing voice via a prompt. This method returns a list of voice previews. Each preview has
    a generated_voice_id and a sample of the voice as base64 encoded mp3 audio. To create a voice use
    the generated_voice_id of the preferred preview with the /v1/text-to-voice endpoint.

    Args:
        voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to
            list all the available voices.
        output_format (AllowedOutputFormats | Unset):
        body (VoiceRemixRequestModel):
    """

    return sync_detailed(
        voice_id=voice_id,
        client=client,
        body=body,
        output_format=output_format,
    ).parsed


def sync_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient,
    body: VoiceRemixRequestModel,
    output_format: AllowedOutputFormats | Unset = UNSET,
) -> Response[HttpValidationError | VoiceDesignPreviewResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
        output_format=output_format,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    voice_id: str,
    *,
    client: AuthenticatedClient,
    body: VoiceRemixRequestModel,
    output_format: AllowedOutputFormats | Unset = UNSET,
) -> HttpValidationError | VoiceDesignPreviewResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            voice_id=voice_id,
            client=client,
            body=body,
            output_format=output_format,
        )
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient,
    body: VoiceRemixRequestModel,
    output_format: AllowedOutputFormats | Unset = UNSET,
) -> Response[HttpValidationError | VoiceDesignPreviewResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
        output_format=output_format,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
