"""`POST /v1/audio-native/{project_id}/content`: Update Audio-Native Project Content."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.audio_native_edit_content_response_model import AudioNativeEditContentResponseModel
    from ...models.body_update_audio_native_project_content_v1_audio_native_project_id_content_post import (
        BodyUpdateAudioNativeProjectContentV1AudioNativeProjectIdContentPost,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    project_id: str,
    *,
    body: BodyUpdateAudioNativeProjectContentV1AudioNativeProjectIdContentPost | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/audio-native/{project_id}/content".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }
    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AudioNativeEditContentResponseModel | HttpValidationError | None:
    from ...models.audio_native_edit_content_response_model import AudioNativeEditContentResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = AudioNativeEditContentResponseModel.from_dict(response.json())

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
    body: BodyUpdateAudioNativeProjectContentV1AudioNativeProjectIdContentPost | Unset = UNSET,
) -> AudioNativeEditContentResponseModel | HttpValidationError | None:
    """Update Audio-Native Project Content

    Updates content for the specific AudioNative Project.

    Args:
        project_id (str): The ID of the Studio project.
        body (BodyUpdateAudioNativeProjectContentV1AudioNativeProjectIdContentPost | Unset):
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateAudioNativeProjectContentV1AudioNativeProjectIdContentPost | Unset = UNSET,
) -> Response[AudioNativeEditContentResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateAudioNativeProjectContentV1AudioNativeProjectIdContentPost | Unset = UNSET,
) -> AudioNativeEditContentResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateAudioNativeProjectContentV1AudioNativeProjectIdContentPost | Unset = UNSET,
) -> Response[AudioNativeEditContentResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
