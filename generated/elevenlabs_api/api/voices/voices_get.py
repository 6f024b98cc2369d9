"""`GET /v1/voices/{voice_id}`: Get Voice."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HTTPValidationError
    from ...models.voice_response_model import VoiceResponseModel
    from ...types import UNSET, Unset


def _get_kwargs(
    voice_id: str,
    *,
    with_settings: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["with_settings"] = with_settings

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/voices/{voice_id}".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | VoiceResponseModel | None:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.voice_response_model import VoiceResponseModel

    if response.status_code == 200:
        response_200 = VoiceResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | VoiceResponseModel]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient,
    with_settings: bool | Unset = UNSET,
) -> Response[HTTPValidationError | VoiceResponseModel]:
    """Get Voice

     Returns metadata about a specific voice.

    Args:
        voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to
            list all the available voices.
        with_settings (bool | Unset): This parameter is now deprecated. It is ignored and will be
            removed in a future version. Defaults to True on the server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | VoiceResponseModel]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        with_settings=with_settings,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    voice_id: str,
    *,
    client: AuthenticatedClient,
    with_settings: bool | Unset = UNSET,
) -> HTTPValidationError | VoiceResponseModel | None:
    """Get Voice

     Returns metadata about a specific voice.

    Args:
        voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to
            list all the available voices.
        with_settings (bool | Unset): This parameter is now deprecated. It is ignored and will be
            removed in a future version. Defaults to True on the server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | VoiceResponseModel
    """

    return sync_detailed(
        voice_id=voice_id,
        client=client,
        with_settings=with_settings,
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient,
    with_settings: bool | Unset = UNSET,
) -> Response[HTTPValidationError | VoiceResponseModel]:
    """Get Voice

     Returns metadata about a specific voice.

    Args:
        voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to
            list all the available voices.
        with_settings (bool | Unset): This parameter is now deprecated. It is ignored and will be
            removed in a future version. Defaults to True on the server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | VoiceResponseModel]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        with_settings=with_settings,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    voice_id: str,
    *,
    client: AuthenticatedClient,
    with_settings: bool | Unset = UNSET,
) -> HTTPValidationError | VoiceResponseModel | None:
    """Get Voice

     Returns metadata about a specific voice.

    Args:
        voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to
            list all the available voices.
        with_settings (bool | Unset): This parameter is now deprecated. It is ignored and will be
            removed in a future version. Defaults to True on the server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | VoiceResponseModel
    """

    return (
        await asyncio_detailed(
            voice_id=voice_id,
            client=client,
            with_settings=with_settings,
        )
    ).parsed
