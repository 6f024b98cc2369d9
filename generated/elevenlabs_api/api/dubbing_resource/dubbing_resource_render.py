"""`POST /v1/dubbing/resource/{dubbing_id}/render/{language}`: Deprecated: Render Audio Or Video For The Given Language."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_render_audio_or_video_for_the_given_language_v1_dubbing_resource_dubbing_id_render_language_post import (
        BodyRenderAudioOrVideoForTheGivenLanguageV1DubbingResourceDubbingIdRenderLanguagePost,
    )
    from ...models.dubbing_render_response_model import DubbingRenderResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    dubbing_id: str,
    language: str,
    *,
    body: BodyRenderAudioOrVideoForTheGivenLanguageV1DubbingResourceDubbingIdRenderLanguagePost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/dubbing/resource/{dubbing_id}/render/{language}".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
            language=quote(str(language), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DubbingRenderResponseModel | HttpValidationError | None:
    from ...models.dubbing_render_response_model import DubbingRenderResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = DubbingRenderResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    dubbing_id: str,
    language: str,
    *,
    client: AuthenticatedClient,
    body: BodyRenderAudioOrVideoForTheGivenLanguageV1DubbingResourceDubbingIdRenderLanguagePost,
) -> DubbingRenderResponseModel | HttpValidationError | None:
    """Deprecated: Render Audio Or Video For The Given Language

    Deprecated. Regenerate the output media for a language using the latest Studio state. Please ensure
    all segments have been dubbed before rendering, otherwise they will be omitted. Renders are
    generated asynchronously, and to check the status of all renders please use the 'Get Dubbing
    Resource' endpoint.

    Args:
        dubbing_id (str): ID of the dubbing project.
        language (str): The target language code to render, eg. 'es'. To render the source track
            use 'original'.
        body
            (BodyRenderAudioOrVideoForTheGivenLanguageV1DubbingResourceDubbingIdRenderLanguagePost):
    """

    return sync_detailed(
        dubbing_id=dubbing_id,
        language=language,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    dubbing_id: str,
    language: str,
    *,
    client: AuthenticatedClient,
    body: BodyRenderAudioOrVideoForTheGivenLanguageV1DubbingResourceDubbingIdRenderLanguagePost,
) -> Response[DubbingRenderResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        language=language,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    dubbing_id: str,
    language: str,
    *,
    client: AuthenticatedClient,
    body: BodyRenderAudioOrVideoForTheGivenLanguageV1DubbingResourceDubbingIdRenderLanguagePost,
) -> DubbingRenderResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            language=language,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    dubbing_id: str,
    language: str,
    *,
    client: AuthenticatedClient,
    body: BodyRenderAudioOrVideoForTheGivenLanguageV1DubbingResourceDubbingIdRenderLanguagePost,
) -> Response[DubbingRenderResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        language=language,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
