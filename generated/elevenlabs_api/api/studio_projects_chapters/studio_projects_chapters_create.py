"""`POST /v1/studio/projects/{project_id}/chapters`: Create Chapter."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.add_chapter_response_model import AddChapterResponseModel
    from ...models.body_create_chapter_v1_studio_projects_project_id_chapters_post import (
        BodyCreateChapterV1StudioProjectsProjectIdChaptersPost,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    project_id: str,
    *,
    body: BodyCreateChapterV1StudioProjectsProjectIdChaptersPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/studio/projects/{project_id}/chapters".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddChapterResponseModel | HttpValidationError | None:
    from ...models.add_chapter_response_model import AddChapterResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = AddChapterResponseModel.from_dict(response.json())

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
    body: BodyCreateChapterV1StudioProjectsProjectIdChaptersPost,
) -> AddChapterResponseModel | HttpValidationError | None:
    """Create Chapter

    Creates a new chapter either as blank or from a URL.

    Args:
        project_id (str): The ID of the Studio project.
        body (BodyCreateChapterV1StudioProjectsProjectIdChaptersPost):
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
    body: BodyCreateChapterV1StudioProjectsProjectIdChaptersPost,
) -> Response[AddChapterResponseModel | HttpValidationError]:
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
    body: BodyCreateChapterV1StudioProjectsProjectIdChaptersPost,
) -> AddChapterResponseModel | HttpValidationError | None:
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
    body: BodyCreateChapterV1StudioProjectsProjectIdChaptersPost,
) -> Response[AddChapterResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
