"""`GET /v1/audio-native/{project_id}/settings`: Get Audio Native Project Settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_audio_native_project_settings_response_model import GetAudioNativeProjectSettingsResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    project_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audio-native/{project_id}/settings".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAudioNativeProjectSettingsResponseModel | HttpValidationError | None:
    from ...models.get_audio_native_project_settings_response_model import GetAudioNativeProjectSettingsResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetAudioNativeProjectSettingsResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
) -> GetAudioNativeProjectSettingsResponseModel | HttpValidationError | None:
    """Get Audio Native Project Settings

    Get player settings for the specific project.

    Args:
        project_id (str): The ID of the Studio project.
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
    ).parsed


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetAudioNativeProjectSettingsResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        project_id=project_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
) -> GetAudioNativeProjectSettingsResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetAudioNativeProjectSettingsResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        project_id=project_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
