"""`POST /v1/studio/projects/{project_id}/content`: Update Studio Project Content."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_update_studio_project_content_v1_studio_projects_project_id_content_post import (
        BodyUpdateStudioProjectContentV1StudioProjectsProjectIdContentPost,
    )
    from ...models.edit_project_response_model import EditProjectResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    project_id: str,
    *,
    body: BodyUpdateStudioProjectContentV1StudioProjectsProjectIdContentPost | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/studio/projects/{project_id}/content".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }
    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EditProjectResponseModel | HttpValidationError | None:
    from ...models.edit_project_response_model import EditProjectResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = EditProjectResponseModel.from_dict(response.json())

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
    body: BodyUpdateStudioProjectContentV1StudioProjectsProjectIdContentPost | Unset = UNSET,
) -> EditProjectResponseModel | HttpValidationError | None:
    """Update Studio Project Content

    Updates Studio project content.

    Args:
        project_id (str): The ID of the Studio project.
        body (BodyUpdateStudioProjectContentV1StudioProjectsProjectIdContentPost | Unset):
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
    body: BodyUpdateStudioProjectContentV1StudioProjectsProjectIdContentPost | Unset = UNSET,
) -> Response[EditProjectResponseModel | HttpValidationError]:
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
    body: BodyUpdateStudioProjectContentV1StudioProjectsProjectIdContentPost | Unset = UNSET,
) -> EditProjectResponseModel | HttpValidationError | None:
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
    body: BodyUpdateStudioProjectContentV1StudioProjectsProjectIdContentPost | Unset = UNSET,
) -> Response[EditProjectResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
