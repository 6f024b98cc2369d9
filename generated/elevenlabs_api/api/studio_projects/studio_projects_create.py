"""`POST /v1/studio/projects`: Create Studio Project."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.add_project_response_model import AddProjectResponseModel
    from ...models.body_create_studio_project_v1_studio_projects_post import BodyCreateStudioProjectV1StudioProjectsPost
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: BodyCreateStudioProjectV1StudioProjectsPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/studio/projects",
    }
    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddProjectResponseModel | HttpValidationError | None:
    from ...models.add_project_response_model import AddProjectResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = AddProjectResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyCreateStudioProjectV1StudioProjectsPost,
) -> AddProjectResponseModel | HttpValidationError | None:
    """Create Studio Project

    Creates a new Studio project, it can be either initialized as blank, from a document or from a URL.

    Args:
        body (BodyCreateStudioProjectV1StudioProjectsPost):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreateStudioProjectV1StudioProjectsPost,
) -> Response[AddProjectResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyCreateStudioProjectV1StudioProjectsPost,
) -> AddProjectResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreateStudioProjectV1StudioProjectsPost,
) -> Response[AddProjectResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
