"""`POST /v1/studio/podcasts`: Create Podcast."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_create_podcast_v1_studio_podcasts_post import BodyCreatePodcastV1StudioPodcastsPost
    from ...models.http_validation_error import HttpValidationError
    from ...models.podcast_project_response_model import PodcastProjectResponseModel


def _get_kwargs(
    *,
    body: BodyCreatePodcastV1StudioPodcastsPost,
    safety_identifier: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(safety_identifier, Unset):
        headers["safety-identifier"] = safety_identifier

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/studio/podcasts",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | PodcastProjectResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.podcast_project_response_model import PodcastProjectResponseModel

    if response.status_code == 200:
        response_200 = PodcastProjectResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyCreatePodcastV1StudioPodcastsPost,
    safety_identifier: None | str | Unset = UNSET,
) -> HttpValidationError | PodcastProjectResponseModel | None:
    """Create Podcast

    Create and auto-convert a podcast project. Currently, the LLM cost is covered by us but you will
    still be charged for the audio generation. In the future, you will be charged for both the LLM and
    audio generation costs.

    Args:
        safety_identifier (None | str | Unset): Used for moderation. Your workspace must be
            allowlisted to use this feature.
        body (BodyCreatePodcastV1StudioPodcastsPost):
    """

    return sync_detailed(
        client=client,
        body=body,
        safety_identifier=safety_identifier,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreatePodcastV1StudioPodcastsPost,
    safety_identifier: None | str | Unset = UNSET,
) -> Response[HttpValidationError | PodcastProjectResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
        safety_identifier=safety_identifier,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyCreatePodcastV1StudioPodcastsPost,
    safety_identifier: None | str | Unset = UNSET,
) -> HttpValidationError | PodcastProjectResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
            safety_identifier=safety_identifier,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreatePodcastV1StudioPodcastsPost,
    safety_identifier: None | str | Unset = UNSET,
) -> Response[HttpValidationError | PodcastProjectResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
        safety_identifier=safety_identifier,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
